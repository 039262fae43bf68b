import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../..');

/** The architecture rules only, without type information, so a probe file need not exist. */
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) =>
    ruleId.startsWith('boundaries/') ||
    ['import-x/no-cycle', 'no-restricted-imports'].includes(ruleId),
});

export interface Finding {
  rule: string | null;
  message: string;
}

/** Lints `code` as if it were the file at `file` (relative to the repository). */
export async function lintAs(file: string, code: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}
