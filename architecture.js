// @ts-check
// The dependency map: what each part of Briefly may import. eslint.config.js enforces it
// (eslint-plugin-boundaries), the README's Architecture section prints it (a test keeps the two
// equal), and tests/architecture/ proves that lint rejects a forbidden import in each direction.
// Adding a folder: add a row to `parts` (and, if it alone may use a library, a row to `libraries`),
// then the same row to the README table. A file in no part fails lint (boundaries/no-unknown-files).

/**
 * @typedef {object} Part
 * @property {string} type     the element's name in lint messages and the README
 * @property {string | string[]} pattern  its folders (or files), from the repository root
 * @property {string[]} uses   the parts it may import (its own files always)
 * @property {string[]} [typesOf] parts it may import types from, and nothing else
 * @property {string} [capture] names the folder below `pattern` (one element per folder)
 */

/** @type {Part[]} */
export const parts = [
  // The centre: knows no platform, storage engine, network library, configuration or logger.
  { type: 'core', pattern: 'src/core', uses: ['i18n'] },
  { type: 'i18n', pattern: 'src/i18n', uses: [] },
  { type: 'commands', pattern: 'commands', uses: ['core', 'i18n'] },
  // Edges: each implements core ports with one library; none knows another edge.
  { type: 'config', pattern: 'src/config.ts', uses: ['core'] },
  { type: 'logger', pattern: 'src/logger.ts', uses: ['core'] },
  { type: 'article-files', pattern: 'src/article-files', uses: ['core', 'i18n'] },
  { type: 'storage', pattern: 'src/storage', uses: ['core'], typesOf: ['config'] },
  { type: 'feeds', pattern: 'src/feeds', uses: ['core', 'i18n'], typesOf: ['config'] },
  { type: 'scheduler', pattern: 'src/scheduler', uses: ['core'] },
  { type: 'summarizers', pattern: 'src/summarizers', uses: ['core'], typesOf: ['config'] },
  { type: 'batch', pattern: 'src/batch', uses: ['core'] },
  { type: 'jobs', pattern: 'src/jobs', uses: ['core'], typesOf: ['config'] },
  { type: 'ops', pattern: 'src/ops', uses: ['core'], typesOf: ['config'] },
  // Adapters translate between a platform and the dispatcher; one never imports another.
  { type: 'adapter-kit', pattern: 'src/adapters/*.ts', uses: ['core'] },
  {
    type: 'adapter',
    pattern: 'src/adapters/*',
    capture: 'platform',
    uses: ['core', 'i18n', 'adapter-kit'],
  },
  // The control panel uses the core's services and ports only, like the commands.
  { type: 'web', pattern: 'src/web', uses: ['core', 'i18n'], typesOf: ['config'] },
  // Composition roots wire everything together; nothing imports them.
  {
    type: 'composition',
    pattern: ['src/main.ts', 'src/app.ts', 'src/cli', 'src/ops/healthcheck.ts'],
    uses: [
      'core',
      'i18n',
      'commands',
      'config',
      'logger',
      'article-files',
      'storage',
      'feeds',
      'scheduler',
      'summarizers',
      'batch',
      'jobs',
      'ops',
      'adapter-kit',
      'adapter',
      'web',
      'composition',
    ],
  },
  // Around the product: these may import anything (and nothing above imports them).
  { type: 'tests', pattern: 'tests', uses: ['*'] },
  { type: 'bench', pattern: 'bench', uses: ['*'] },
  { type: 'tooling', pattern: ['*.js', '*.ts', 'scripts'], uses: ['*'] },
];

/**
 * Libraries with one owner: only that part (and tests, benchmarks) may import them.
 * @type {{ packages: string[], owner: string, platform?: string }[]}
 */
export const libraries = [
  { packages: ['discord.js', '@discordjs/*'], owner: 'adapter', platform: 'discord' },
  { packages: ['telegraf', '@telegraf/*'], owner: 'adapter', platform: 'telegram' },
  { packages: ['better-sqlite3', 'pg'], owner: 'storage' },
  { packages: ['node-cron'], owner: 'scheduler' },
  { packages: ['pg-boss'], owner: 'jobs' },
  {
    packages: ['undici', '@mozilla/readability', 'feedsmith', 'ipaddr.js'],
    owner: 'feeds',
  },
  { packages: ['chokidar'], owner: 'article-files' },
  { packages: ['pino'], owner: 'logger' },
  { packages: ['prom-client'], owner: 'ops' },
];

/** The only libraries and Node modules the core and the commands may import. */
export const pureLibraries = [
  'zod',
  'stemmer',
  'stopword',
  're2js',
  // Languages (issue 17): the message catalogue, article language detection, Snowball stemmers.
  'intl-messageformat',
  '@formatjs/icu-messageformat-parser',
  'franc-min',
  'snowball-stemmers',
  'node:crypto',
  'node:util',
  'node:events',
  'node:timers/promises',
];
