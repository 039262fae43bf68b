import { z } from 'zod';

/** How a text-typed argument binds: one word (or a "quoted phrase"), or all the words left over. */
export type Positional = 'word' | 'rest';

/** What every adapter needs to know about one command option, read off its zod schema. */
export interface OptionSpec {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'number' | 'boolean';
  readonly description: string;
  readonly required: boolean;
  readonly choices?: readonly string[] | undefined;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  readonly maxLength?: number | undefined;
  readonly positional: Positional;
  /** Suggest values while typing (Discord autocomplete): `article` suggests article titles. */
  readonly autocomplete?: 'article' | undefined;
  /** A `rest` option that receives the text as typed, quotes included, not the words rejoined. */
  readonly raw?: boolean | undefined;
}

/** Metadata a command may attach to an option with `.meta({...})`. */
export interface OptionMeta {
  positional?: Positional;
  autocomplete?: 'article';
  raw?: boolean;
}

interface JsonSchemaProperty {
  type?: string;
  enum?: string[];
  description?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  positional?: Positional;
  autocomplete?: 'article';
  raw?: boolean;
}

/**
 * Reads the option list of a command from its zod object schema (through zod's own JSON Schema
 * export, so no private zod internals are touched). Key order is argument order.
 */
export function describeOptions(schema: z.ZodObject): OptionSpec[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchemaProperty>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const type = optionType(name, property);
    return {
      name,
      type,
      description: property.description ?? name,
      required: required.has(name),
      choices: property.enum,
      min: property.minimum,
      max: property.maximum,
      maxLength: property.maxLength,
      positional: property.positional ?? 'word',
      autocomplete: property.autocomplete,
      raw: property.raw,
    };
  });
}

function optionType(name: string, property: JsonSchemaProperty): OptionSpec['type'] {
  if (property.enum) return 'string';
  switch (property.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      return property.type;
    default:
      throw new Error(`Option "${name}" must be a string, integer, number, boolean or enum`);
  }
}

/** `<ref> [sentences]`: the argument part of a usage line. */
export function usageOf(
  options: readonly OptionSpec[],
  nameOf: (option: string) => string = (option) => option,
): string {
  return options
    .map((option) => {
      // Choices are typed as they are in every language; a name is a placeholder, so it is shown
      // in the reader's language.
      const label =
        option.choices && option.choices.length <= 6
          ? option.choices.join('|')
          : nameOf(option.name);
      const text = option.positional === 'rest' && option.type === 'string' ? `${label}…` : label;
      return option.required ? `<${text}>` : `[${text}]`;
    })
    .join(' ');
}
