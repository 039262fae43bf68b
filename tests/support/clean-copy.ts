import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repositoryRoot } from './run-script.js';

/**
 * A copy of the project as a fresh clone would have it (tracked and new files, nothing git
 * ignores: no node_modules, dist, data or .env), less what .dockerignore keeps out of a build.
 */
export function cleanCopy(into: string): string {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && existsSync(join(repositoryRoot, file)));
  const ignored = dockerIgnore(join(repositoryRoot, '.dockerignore'));
  for (const file of files) {
    if (file !== 'Dockerfile' && ignored(file)) continue;
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(join(repositoryRoot, file), join(into, file));
  }
  return into;
}

/** .dockerignore's patterns (`*`, `**`, `!` to take back) as a test on a relative path. */
function dockerIgnore(path: string): (file: string) => boolean {
  if (!existsSync(path)) return () => false;
  const rules = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const pattern = (negated ? line.slice(1) : line).replace(/^\/+|\/+$/g, '');
      const source = pattern
        .split('/')
        .map((part) =>
          part === '**' ? '.*' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'),
        )
        .join('/')
        .replace(/\.\*\//g, '(?:.*/)?');
      return { negated, test: new RegExp(`^${source}(?:/.*)?$`) };
    });
  return (file) => {
    let ignored = false;
    for (const rule of rules) if (rule.test.test(file)) ignored = !rule.negated;
    return ignored;
  };
}
