import { describe, expect, it } from 'vitest';
import { ButtonIds } from '../../../src/adapters/discord/button-ids.js';
import {
  buttonInvocation,
  discordCaller,
  slashInvocation,
} from '../../../src/adapters/discord/interaction-input.js';

const caller = discordCaller({ inGuild: true, managesGuild: false });

describe('interactions as command invocations', () => {
  it('turns slash options into typed values of the channel, cleaning text', () => {
    const invocation = slashInvocation(
      {
        commandName: 'summary',
        channelId: '300000000000000001',
        options: [
          { name: 'ref', value: '  harbour\u202Etunnel\n ' },
          { name: 'sentences', value: 5 },
          { name: 'unset' },
        ],
      },
      caller,
    );
    expect(invocation).toEqual({
      name: 'summary',
      args: { kind: 'values', values: { ref: 'harbour tunnel', sentences: 5 } },
      chat: { platform: 'discord', id: '300000000000000001' },
      caller,
    });
  });

  it('turns a button into the command and argument text it stands for', () => {
    const invocation = buttonInvocation({ command: 'source', args: 'a-story' }, '3001', caller);
    expect(invocation.name).toBe('source');
    expect(invocation.args).toEqual({ kind: 'text', text: 'a-story' });
  });

  it('calls members with Manage Server in a server moderators, and nobody in DMs', async () => {
    expect(await discordCaller({ inGuild: true, managesGuild: true }).isModerator()).toBe(true);
    expect(await discordCaller({ inGuild: true, managesGuild: false }).isModerator()).toBe(false);
    expect(await discordCaller({ inGuild: false, managesGuild: true }).isModerator()).toBe(false);
  });
});

describe('ButtonIds', () => {
  it('puts short actions in the id itself, so they survive a restart', () => {
    const id = new ButtonIds().encode({ label: 'x', command: 'summary', args: 'a-story' });
    expect(id).toBe('run:summary:a-story');
    expect(new ButtonIds().decode(id)).toEqual({ command: 'summary', args: 'a-story' });
  });

  it('keeps long actions in memory under a hash within 100 characters', () => {
    const ids = new ButtonIds(2);
    const long = { label: 'x', command: 'source', args: 'word '.repeat(40) };
    const id = ids.encode(long);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(ids.decode(id)).toEqual({ command: 'source', args: long.args });
    ids.encode({ ...long, args: `${long.args}1` });
    ids.encode({ ...long, args: `${long.args}2` });
    expect(ids.decode(id)).toBeUndefined(); // forgotten: capacity 2
    expect(ids.decode('something-else')).toBeUndefined();
  });
});
