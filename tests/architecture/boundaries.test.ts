import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintAs } from './lint-probe.js';

// Probe files: each is linted as if it were a new file at `from` holding one import. The targets
// are real files, so a rejection comes from the map and not from an import that cannot be found.
const forbidden: [from: string, source: string][] = [
  // The core knows no platform, storage, network library, configuration, logger or summarizer.
  ['src/core/probe.ts', 'undici'],
  ['src/core/probe.ts', 'linkedom'],
  ['src/core/probe.ts', 'pino'],
  ['src/core/probe.ts', 'discord.js'],
  ['src/core/probe.ts', 'telegraf'],
  ['src/core/probe.ts', 'better-sqlite3'],
  ['src/core/probe.ts', 'pg'],
  ['src/core/probe.ts', 'node-cron'],
  ['src/core/probe.ts', 'node:fs'],
  ['src/core/digests/probe.ts', '../../summarizers/create-summarizer.js'],
  ['src/core/probe.ts', '../config.js'],
  ['src/core/probe.ts', '../logger.js'],
  ['src/core/probe.ts', '../storage/storage.js'],
  ['src/core/probe.ts', '../feeds/feed-service.js'],
  ['src/core/probe.ts', '../article-files/content-directory.js'],
  ['src/core/probe.ts', '../scheduler/digest-scheduler.js'],
  ['src/core/probe.ts', '../adapters/discord/limits.js'],
  ['src/core/probe.ts', '../adapters/running-adapter.js'],
  ['src/core/probe.ts', '../app.js'],
  ['src/core/probe.ts', '../main.js'],
  ['src/core/probe.ts', '../../commands/index.js'],
  // Commands see the core only.
  ['commands/probe.ts', '../src/storage/storage.js'],
  ['commands/probe.ts', '../src/feeds/feed-service.js'],
  ['commands/probe.ts', '../src/config.js'],
  ['commands/probe.ts', 'discord.js'],
  // An adapter sees the core and its own platform library, never storage, feeds or another adapter.
  ['src/adapters/discord/probe.ts', '../../storage/storage.js'],
  ['src/adapters/discord/probe.ts', '../../feeds/feed-service.js'],
  ['src/adapters/discord/probe.ts', '../telegram/escape-html.js'],
  ['src/adapters/discord/probe.ts', '../../config.js'],
  ['src/adapters/discord/probe.ts', '../../summarizers/create-summarizer.js'],
  ['src/adapters/discord/probe.ts', 'telegraf'],
  ['src/adapters/discord/probe.ts', 'undici'],
  ['src/adapters/telegram/probe.ts', '../discord/limits.js'],
  ['src/adapters/telegram/probe.ts', 'discord.js'],
  ['src/adapters/telegram/probe.ts', 'better-sqlite3'],
  ['src/adapters/console/probe.ts', '../telegram/escape-html.js'],
  ['src/adapters/console/probe.ts', '../../article-files/content-directory.js'],
  // Edges implement core ports and know no other edge.
  ['src/storage/probe.ts', '../feeds/feed-service.js'],
  ['src/storage/probe.ts', '../adapters/telegram/escape-html.js'],
  ['src/storage/probe.ts', 'undici'],
  ['src/feeds/probe.ts', '../storage/storage.js'],
  ['src/feeds/probe.ts', '../adapters/console/render-plain-text.js'],
  ['src/feeds/probe.ts', 'better-sqlite3'],
  ['src/feeds/probe.ts', 'node-cron'],
  ['src/scheduler/probe.ts', '../storage/storage.js'],
  ['src/scheduler/probe.ts', '../feeds/feed-service.js'],
  ['src/article-files/probe.ts', '../feeds/feed-service.js'],
  ['src/summarizers/probe.ts', '../feeds/feed-service.js'],
  ['src/summarizers/probe.ts', 'pino'],
  // Only the composition roots load the configuration and make the logger.
  ['src/logger.ts', '../commands/index.js'],
  ['src/config.ts', './storage/storage.js'],
  // Folders the map already has a place for.
  ['src/web/probe.ts', '../storage/storage.js'],
  ['src/web/probe.ts', '../adapters/discord/limits.js'],
  ['src/web/probe.ts', 'discord.js'],
  ['src/adapters/discord/probe.ts', '../../web/html.js'],
  ['src/ops/probe.ts', '../adapters/discord/limits.js'],
  ['src/jobs/probe.ts', '../feeds/feed-service.js'],
  ['src/i18n/probe.ts', '../core/replies/reply.js'],
  // Nothing in the product imports tests or benchmarks.
  ['src/core/probe.ts', '../../tests/support/fake-clock.js'],
  ['src/feeds/probe.ts', '../../bench/lib/table.js'],
];

const allowed: [from: string, source: string][] = [
  ['src/core/probe.ts', 'zod'],
  ['src/core/probe.ts', './replies/reply.js'],
  ['commands/probe.ts', '../src/core/replies/build.js'],
  ['src/adapters/discord/probe.ts', 'discord.js'],
  ['src/adapters/discord/probe.ts', '../../core/replies/reply.js'],
  ['src/adapters/discord/probe.ts', '../running-adapter.js'],
  ['src/adapters/telegram/probe.ts', 'telegraf'],
  ['src/storage/probe.ts', 'pg'],
  ['src/feeds/probe.ts', 'undici'],
  ['src/scheduler/probe.ts', 'node-cron'],
  ['src/logger.ts', 'pino'],
  ['src/app.ts', './storage/storage.js'],
  ['src/main.ts', './adapters/discord/limits.js'],
  ['src/web/probe.ts', '../core/replies/reply.js'],
  ['tests/probe.test.ts', '../src/adapters/discord/limits.js'],
];

/** The file a relative import names, so a probe never passes because its target is missing. */
function target(from: string, source: string): string | undefined {
  if (!source.startsWith('.')) return undefined;
  return path.join(path.dirname(from), source).replace(/\.js$/, '.ts');
}

const root = path.resolve(import.meta.dirname, '../..');

describe('the dependency map in lint', () => {
  it.each(forbidden)('%s may not import %s', async (from, source) => {
    const file = target(from, source);
    if (file) expect(existsSync(path.join(root, file)), file).toBe(true);
    const findings = await lintAs(from, `import '${source}';\n`);
    expect(findings.map((f) => f.rule)).toContain('boundaries/dependencies');
  });

  it.each(allowed)('%s may import %s', async (from, source) => {
    const findings = await lintAs(from, `import '${source}';\n`);
    expect(findings).toEqual([]);
  });

  it('lets storage, feeds and summarizers import only the types of the configuration', async () => {
    const asType = "import type { AppConfig } from '../config.js';\nexport type C = AppConfig;\n";
    const asValue = "import { loadConfigOrReport } from '../config.js';\nloadConfigOrReport();\n";
    expect(await lintAs('src/summarizers/probe.ts', asType)).toEqual([]);
    const value = await lintAs('src/summarizers/probe.ts', asValue);
    expect(value.map((f) => f.rule)).toContain('boundaries/dependencies');
  });

  it('names the parts and points to the map when it refuses', async () => {
    const [finding] = await lintAs(
      'src/adapters/discord/probe.ts',
      "import '../../storage/storage.js';",
    );
    expect(finding?.message).toMatch(
      /adapter may not import \.\.\/\.\.\/storage\/storage\.js \(storage\)/,
    );
    expect(finding?.message).toContain('architecture.js');
    const [library] = await lintAs('src/storage/probe.ts', "import 'telegraf';");
    expect(library?.message).toContain('Only adapter/telegram may import telegraf');
  });

  it.each([
    '../../core/articles/article-index.js',
    '../../core/ports/feed-service.js',
    '../../core/digests/digest-service.js',
  ])(
    'keeps the Discord adapter off the core services (%s): the dispatcher is enough',
    async (source) => {
      const findings = await lintAs('src/adapters/discord/probe.ts', `import '${source}';\n`);
      expect(findings.map((f) => f.rule)).toContain('no-restricted-imports');
    },
  );

  it('refuses a file in a folder that is not on the map', async () => {
    const findings = await lintAs('src/newfolder/thing.ts', 'export const x = 1;\n');
    expect(findings.map((f) => f.rule)).toContain('boundaries/no-unknown-files');
  });

  it('refuses an import cycle', async () => {
    // article-index.ts imports slug.ts; slug.ts importing article-index.ts closes a cycle.
    const findings = await lintAs(
      'src/core/articles/slug.ts',
      "import { ArticleIndex } from './article-index.js';\nexport const index = ArticleIndex;\n",
    );
    expect(findings.map((f) => f.rule)).toContain('import-x/no-cycle');
  });
});
