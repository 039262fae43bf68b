import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '../../../commands/index.js';
import {
  fitDescription,
  toSlashCommand,
  toSlashCommands,
} from '../../../src/adapters/discord/slash-commands.js';
import { defineCommand } from '../../../src/core/commands/define-command.js';
import { CommandRegistry } from '../../../src/core/commands/registry.js';
import { answer } from '../../../src/core/replies/build.js';
import { commandProblems } from './peer/check-payloads.js';
import { settingsCommand } from './harness.js';

const entryOf = (command: Parameters<typeof defineCommand>[0]) =>
  new CommandRegistry([defineCommand(command)]).all()[0]!;

describe('command definitions as Discord slash commands', () => {
  it('converts every definition in commands/index.ts into a command Discord accepts', () => {
    const json = toSlashCommands(new CommandRegistry(commands).all());
    expect(json.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    expect(commandProblems(json as any[])).toEqual([]);
    for (const command of json) {
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('types options: integers with their range, strings with max length, article autocomplete', () => {
    const [, news, summary] = toSlashCommands(new CommandRegistry(commands).all());
    expect(news?.options).toEqual([
      expect.objectContaining({
        name: 'count',
        type: 4,
        required: false,
        min_value: 1,
        max_value: 20,
      }),
      expect.objectContaining({ name: 'topic', type: 3, required: false, max_length: 50 }),
    ]);
    expect(summary?.options?.[0]).toEqual(
      expect.objectContaining({ name: 'ref', type: 3, required: true, autocomplete: true }),
    );
  });

  it('converts numbers, booleans and enum choices, and puts required options first', () => {
    const json = toSlashCommand(
      entryOf({
        name: 'mixed',
        description: 'Mixed options',
        options: z.object({
          ratio: z.number().min(0.5).max(2).optional().describe('A ratio'),
          loud: z.boolean().default(false).describe('Shout'),
          colour: z.enum(['red', 'green']).describe('A colour'),
        }),
        execute: () => answer([]),
      }),
    );
    expect(json.options).toEqual([
      {
        // A command without translations has no localisations (Discord shows its English).
        name: 'colour',
        name_localizations: {},
        description_localizations: {},
        description: 'A colour',
        required: true,
        type: 3,
        choices: [
          { name: 'red', value: 'red' },
          { name: 'green', value: 'green' },
        ],
      },
      {
        name: 'ratio',
        name_localizations: {},
        description_localizations: {},
        description: 'A ratio',
        required: false,
        type: 10,
        min_value: 0.5,
        max_value: 2,
      },
      {
        name: 'loud',
        name_localizations: {},
        description_localizations: {},
        description: 'Shout',
        required: false,
        type: 5,
      },
    ]);
  });

  it('gives moderator commands Manage Server by default and keeps them out of DMs', () => {
    const json = toSlashCommand(new CommandRegistry([settingsCommand]).all()[0]!);
    expect(json.default_member_permissions).toBe('32');
    expect(json.contexts).toEqual([0]);
    const member = toSlashCommand(new CommandRegistry(commands).get('news')!);
    expect(member.default_member_permissions).toBeUndefined();
    expect(member.contexts).toEqual([0, 1]);
  });

  it('clips descriptions to 100 characters on one line, never empty', () => {
    expect(fitDescription('word '.repeat(40), 'x')).toHaveLength(100);
    expect(fitDescription('two\nlines', 'x')).toBe('two lines');
    expect(fitDescription('   ', 'fallback')).toBe('fallback');
  });
});
