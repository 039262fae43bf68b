import { z } from 'zod';
import { defineCommand } from '../src/core/commands/define-command.js';
import { describeOptions, usageOf } from '../src/core/commands/option-spec.js';
import { answer, bold, code, errorReply, list, paragraph } from '../src/core/replies/build.js';

export default defineCommand({
  name: 'help',
  description: 'List the commands, or explain one of them',
  options: z.object({
    command: z.string().max(40).optional().describe('A command to explain, such as summary'),
  }),
  examples: ['', 'summary'],
  execute(ctx, { command }) {
    if (command === undefined) {
      return answer([
        paragraph(
          bold('Briefly'),
          ' brings the news: headlines, summaries and where each claim comes from.',
        ),
        list(ctx.commands.map((c) => [code(usage(c.name, c.options)), ` — ${c.description}`])),
        paragraph('Send /help <command> for details, for example /help summary.'),
      ]);
    }
    const name = command.replace(/^\//, '').toLowerCase();
    const found = ctx.commands.find((c) => c.name === name);
    if (!found) return errorReply(`There is no /${name} command. Send /help to see them all.`);
    const options = describeOptions(found.options);
    const lines = [paragraph(code(usage(found.name, found.options)), ` — ${found.description}`)];
    if (options.length > 0) {
      lines.push(
        list(
          options.map((o) => [
            bold(o.name),
            `${o.required ? '' : ' (optional)'}: ${o.description}`,
          ]),
        ),
      );
    }
    if (found.examples && found.examples.length > 0) {
      lines.push(
        paragraph(
          'Examples: ',
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

function usage(name: string, options: z.ZodObject): string {
  const args = usageOf(describeOptions(options));
  return `/${name}${args ? ` ${args}` : ''}`;
}
