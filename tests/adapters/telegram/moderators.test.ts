import { describe, expect, it } from 'vitest';
import { ModeratorCheck } from '../../../src/adapters/telegram/moderators.js';
import { createRecordingLogger } from '../../support/recording-logger.js';

function setup(statuses: Record<string, string | Error>) {
  const asked: string[] = [];
  let now = 0;
  const check = new ModeratorCheck(
    {
      getChatMember(chatId, userId) {
        const key = `${chatId}:${userId}`;
        asked.push(key);
        const status = statuses[key] ?? 'member';
        return status instanceof Error ? Promise.reject(status) : Promise.resolve({ status });
      },
    },
    createRecordingLogger(),
    { ttlMs: 60_000, now: () => now },
  );
  return { check, asked, tick: (ms: number) => (now += ms) };
}

const inGroup = (userId: number) => ({ chatId: -1001, chatType: 'supergroup', userId });

describe('ModeratorCheck', () => {
  it('counts the creator and administrators of a group, not members', async () => {
    const { check } = setup({
      '-1001:1': 'creator',
      '-1001:2': 'administrator',
      '-1001:3': 'member',
    });
    expect(await check.isModerator(inGroup(1))).toBe(true);
    expect(await check.isModerator(inGroup(2))).toBe(true);
    expect(await check.isModerator(inGroup(3))).toBe(false);
    expect(await check.isModerator(inGroup(4))).toBe(false);
  });

  it('counts the user in a private chat and posts in a channel, without asking', async () => {
    const { check, asked } = setup({});
    expect(await check.isModerator({ chatId: 7, chatType: 'private', userId: 7 })).toBe(true);
    expect(await check.isModerator({ chatId: -1002, chatType: 'channel', channelPost: true })).toBe(
      true,
    );
    expect(asked).toEqual([]);
  });

  it('counts an anonymous admin, who writes as the group, but not another chat writing there', async () => {
    const { check } = setup({});
    expect(await check.isModerator({ ...inGroup(1087968824), senderChatId: -1001 })).toBe(true);
    expect(await check.isModerator({ ...inGroup(136817688), senderChatId: -1005 })).toBe(false);
  });

  it('remembers an answer for a minute, then asks again', async () => {
    const { check, asked, tick } = setup({ '-1001:2': 'administrator' });
    await check.isModerator(inGroup(2));
    tick(59_000);
    await check.isModerator(inGroup(2));
    expect(asked).toHaveLength(1);
    tick(2_000);
    await check.isModerator(inGroup(2));
    expect(asked).toHaveLength(2);
  });

  it('treats a failed lookup as "not a moderator" and does not remember it', async () => {
    const { check, asked } = setup({ '-1001:2': new Error('timeout') });
    expect(await check.isModerator(inGroup(2))).toBe(false);
    expect(await check.isModerator(inGroup(2))).toBe(false);
    expect(asked).toHaveLength(2);
  });
});
