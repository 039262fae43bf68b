import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { CommandRegistry } from '../../src/core/commands/registry.js';

describe('the command registry', () => {
  it('lists every file of commands/ and names each command after its file', () => {
    const files = readdirSync(new URL('../../commands/', import.meta.url))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(commands.map((c) => c.name).sort()).toEqual(files);
  });

  it('accepts every definition: valid names, short descriptions, supported option types', () => {
    const registry = new CommandRegistry(commands);
    for (const entry of registry.all()) {
      expect(entry.command.description.length).toBeLessThanOrEqual(100);
      for (const option of entry.options)
        expect(option.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('rejects a duplicate or badly named command', () => {
    const [first] = commands;
    expect(() => new CommandRegistry([first!, first!])).toThrow(/declared twice/);
    expect(() => new CommandRegistry([{ ...first!, name: 'Bad-Name' }])).toThrow(/not valid/);
  });
});
