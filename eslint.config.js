// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { libraries, parts, pureLibraries } from './architecture.js';

const mapHint = 'see the dependency map in architecture.js and the README (Architecture)';

// Folders are boundaries elements; single files (src/main.ts, src/config.ts…) are file categories.
const isFilePattern = (/** @type {string} */ pattern) => /\.[jt]s$/.test(pattern);
const patternsOf = (/** @type {import('./architecture.js').Part} */ part) => [part.pattern].flat();

const elements = parts.flatMap((part) =>
  patternsOf(part)
    .filter((pattern) => !isFilePattern(pattern))
    .map((pattern) => ({
      type: part.type,
      pattern,
      partialMatch: false,
      ...(part.capture ? { capture: [part.capture] } : {}),
    })),
);
const files = parts.flatMap((part) =>
  patternsOf(part)
    .filter(isFilePattern)
    .map((pattern) => ({ category: part.type, pattern })),
);

/** The selectors that pick the files of these parts. */
const select = (/** @type {string[]} */ types) =>
  parts
    .filter((part) => types.includes(part.type))
    .flatMap((part) => [
      ...(patternsOf(part).some((p) => !isFilePattern(p))
        ? [{ element: { type: part.type } }]
        : []),
      ...(patternsOf(part).some(isFilePattern) ? [{ file: { categories: part.type } }] : []),
    ]);

const anything = { to: { module: { origin: ['local', 'external', 'core'] } } };

// Last matching policy wins (eslint-plugin-boundaries), so: libraries for everyone, then each
// library back to its owner, then the core's short list, then the map between parts.
const policies = [
  { allow: { to: { module: { origin: ['external', 'core'] } } } },
  ...libraries.flatMap(({ packages, owner, platform }) => [
    {
      disallow: { to: { module: { source: packages } } },
      message: `Only ${owner}${platform ? `/${platform}` : ''} may import {{dependency.source}}: ${mapHint}.`,
    },
    {
      from: platform ? { element: { type: owner, captured: { platform } } } : select([owner]),
      allow: { to: { module: { source: packages } } },
    },
  ]),
  {
    from: select(['core', 'commands']),
    disallow: { to: { module: { origin: ['external', 'core'] } } },
    message: `The core and the commands import no library but ${pureLibraries.join(', ')}; {{dependency.source}} is not one: ${mapHint}.`,
  },
  {
    from: select(['core', 'commands']),
    allow: { to: { module: { source: pureLibraries } } },
  },
  ...parts.flatMap((part) => {
    const from = select([part.type]);
    if (part.uses.includes('*')) return [{ from, allow: anything }];
    const own = [];
    if (part.uses.length > 0) own.push({ from, allow: { to: select(part.uses) } });
    if (part.typesOf) {
      own.push({ from, allow: { to: select(part.typesOf), dependency: { kind: 'type' } } });
    }
    return own;
  }),
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'data/', '.stop-test-build-*/'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration in src/config.ts only.',
        },
      ],
    },
  },
  {
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': files,
      'boundaries/root-path': import.meta.dirname,
      'boundaries/legacy-templates': false,
      'import/resolver': { typescript: { project: `${import.meta.dirname}/tsconfig.json` } },
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'boundaries/no-unknown-files': 'error' },
  },
  {
    // Tests, benchmarks and tooling may import anything, so only the product's files are checked.
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          checkUnknownLocals: true,
          message: `{{from.type}} may not import {{dependency.source}}{{#if to.type}} ({{to.type}}){{/if}}: ${mapHint}.`,
          policies,
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Adapters reach the core through the dispatcher (answers, completion) and the ports only.
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/articles/**', '**/core/digests/**', '**/core/summaries/**'],
              message: `Adapters depend on the dispatcher, replies and ports alone: ${mapHint}.`,
            },
            {
              group: [
                '**/ports/feed-service.js',
                '**/ports/feed-store.js',
                '**/ports/digest-store.js',
              ],
              message: `Adapters depend on the dispatcher, replies and ports alone: ${mapHint}.`,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/config.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      'max-lines': 'off',
    },
  },
  { files: ['src/web/assets/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
