import { readFileSync } from 'node:fs';

/** "Briefly/0.1.0 (+homepage)": names the bot and its version to the sites it reads. */
export function userAgent(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
    homepage?: string;
  };
  const about = pkg.homepage ? `+${pkg.homepage}` : 'news digest bot; reads RSS and Atom feeds';
  return `Briefly/${pkg.version ?? '0'} (${about})`;
}
