import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs every benchmark in its own process (so peak memory is its own) and prints their tables. */
const benches = [['load-articles.ts'], ['commands.ts'], ['feeds.ts']];
const only = process.argv[2];
let failed = false;
for (const [file, ...args] of benches) {
  if (!file || (only && !file.startsWith(only))) continue;
  const path = fileURLToPath(new URL(file, import.meta.url));
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path, ...args], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
