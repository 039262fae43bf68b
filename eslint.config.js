// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const platformLibraries = [
  'discord.js',
  'discord.js/*',
  'telegraf',
  'telegraf/*',
  'node-cron',
  'better-sqlite3',
  'pg',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'data/'] },
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
    files: ['src/core/**/*.ts', 'commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformLibraries, message: 'The core and the commands know no platform.' },
            {
              group: [
                '**/adapters/**',
                '**/storage/**',
                '**/article-files/**',
                '**/feeds/**',
                '**/scheduler/**',
                '**/main.js',
                '**/app.js',
              ],
              message: 'The core depends on nothing outside it.',
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
  {
    // The control panel depends on the core's services and ports, never on adapters or storage.
    files: ['src/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformLibraries, message: 'The control panel knows no platform library.' },
            {
              group: ['**/adapters/**', '**/storage/**', '**/main.js', '**/app.js'],
              message: 'The control panel uses core services and ports only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/adapters/**/*.ts', 'src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/web/**'], message: 'Nothing depends on the control panel.' }] },
      ],
    },
  },
  { files: ['src/web/assets/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
