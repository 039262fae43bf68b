import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface PackageInfo {
  readonly name?: string;
  readonly version?: string;
  readonly homepage?: string;
}

/**
 * Briefly's package.json: the nearest one above this file. The file sits at a different depth in the
 * sources (src/feeds/) and in the build (dist/src/feeds/), so no fixed relative path is right for both.
 */
export function packageInfo(from: string = fileURLToPath(import.meta.url)): PackageInfo {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as PackageInfo;
      if (pkg.name === 'briefly') return pkg;
    }
    if (dirname(dir) === dir) return {};
  }
}

/** "Briefly/0.1.0 (+homepage)": names the bot and its version to the sites it reads. */
export function userAgent(): string {
  const pkg = packageInfo();
  const about = pkg.homepage ? `+${pkg.homepage}` : 'news digest bot; reads RSS and Atom feeds';
  return `Briefly/${pkg.version ?? '0'} (${about})`;
}
