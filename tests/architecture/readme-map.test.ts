import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraries, parts, pureLibraries } from '../../architecture.js';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

const code = (items: string[]) => items.map((item) => `\`${item}\``).join(', ');
const product = parts.filter((p) => !p.uses.includes('*')).map((p) => p.type);

/** What a part may import, as the README says it. */
function mayImport(part: (typeof parts)[number]): string {
  if (part.uses.includes('*')) return 'anything';
  if (product.every((type) => part.uses.includes(type))) return 'every part above';
  const types = (part.typesOf ?? []).map((type) => `${type} (types only)`);
  return [...part.uses, ...types].join(', ') || 'nothing';
}

/** The two tables as rows of cells, the way architecture.js defines them. */
function expectedRows(): string[][] {
  return [
    ...parts.map((p) => [p.type, code([p.pattern].flat()), mayImport(p)]),
    ...libraries.map((l) => [code(l.packages), l.platform ? `${l.owner}/${l.platform}` : l.owner]),
  ];
}

/** The body rows of the tables between the README's dependency-map markers. */
function readmeRows(): string[][] {
  const start = readme.indexOf('<!-- dependency map');
  const end = readme.indexOf('<!-- end of dependency map -->');
  return readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    )
    .filter(([first]) => first !== 'part' && first !== 'library');
}

describe("the README's dependency map", () => {
  it('is the map that lint enforces', () => {
    const expected = expectedRows();
    const rendered = expected.map((row) => `| ${row.join(' | ')} |`).join('\n');
    expect(readmeRows(), `README should list:\n${rendered}`).toEqual(expected);
  });

  it('names the only libraries the core may import', () => {
    const map = readme.slice(readme.indexOf('<!-- dependency map')).replace(/\s+/g, ' ');
    expect(map).toContain(`which import only ${code(pureLibraries)}.`);
  });
});
