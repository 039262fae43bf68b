import { z } from 'zod';
import { defineCommand } from '../src/core/commands/define-command.js';
import { describeOptions, usageOf } from '../src/core/commands/option-spec.js';
import type { Translator } from '../src/core/i18n/translator.js';
import { answer, bold, code, errorReply, list, paragraph } from '../src/core/replies/build.js';

export default defineCommand({
  name: 'help',
  description: 'List the commands, or explain one of them',
  options: z.object({
    command: z.string().max(40).optional().describe('A command to explain, such as summary'),
  }),
  examples: ['', 'summary'],
  execute(ctx, { command }) {
    const { t } = ctx;
    if (command === undefined) {
      return answer([
        paragraph(t.t('help.intro')),
        list(
          ctx.commands.map((c) => [
            code(usage(c.name, c.options, t)),
            ` — ${t.commandDescription(c.name, c.description)}`,
          ]),
        ),
        paragraph(t.t('help.more')),
      ]);
    }
    const name = command.replace(/^\//, '').toLowerCase();
    const found = ctx.commands.find((c) => c.name === name);
    if (!found) return errorReply(ctx.tPrivate.t('help.noSuchCommand', { name }));
    const options = describeOptions(found.options);
    const lines = [
      paragraph(
        code(usage(found.name, found.options, t)),
        ` — ${t.commandDescription(found.name, found.description)}`,
      ),
    ];
    if (options.length > 0) {
      lines.push(
        list(
          options.map((o) => [
            bold(t.optionName(found.name, o.name)),
            `${o.required ? '' : ` ${t.t('help.optional')}`}: ${t.optionDescription(found.name, o.name, o.description)}`,
          ]),
        ),
      );
    }
    if (found.examples && found.examples.length > 0) {
      lines.push(
        paragraph(
          t.t('help.examples'),
          ...found.examples.flatMap((e, i) => [
            i > 0 ? ', ' : '',
            code(`/${found.name}${e ? ` ${e}` : ''}`),
          ]),
        ),
      );
    }
    return answer(lines);
  },
});

function usage(name: string, options: z.ZodObject, t: Translator): string {
  const args = usageOf(describeOptions(options), (option) => t.optionName(name, option));
  return `/${name}${args ? ` ${args}` : ''}`;
}
