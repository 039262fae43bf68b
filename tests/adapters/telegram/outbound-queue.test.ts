import { TelegramError } from 'telegraf';
import { describe, expect, it } from 'vitest';
import {
  OutboundQueue,
  type Delivery,
  type MessageSender,
  type OutboundMessage,
} from '../../../src/adapters/telegram/outbound-queue.js';
import { TELEGRAM_LIMITS } from '../../../src/adapters/telegram/queue-limits.js';
import { FakeTimer } from './fake-timer.js';
import { createRecordingLogger, type LogEntry } from '../../support/recording-logger.js';

interface Call {
  readonly chatId: number;
  readonly html: string;
  readonly plain: boolean;
  readonly at: number;
}

type Outcome = 'ok' | Error;

/** A sender that records each call and answers from a script (default: delivered). */
function fakeSender(timer: FakeTimer, script: (call: Call, index: number) => Outcome = () => 'ok') {
  const calls: Call[] = [];
  let nextId = 1;
  const sender: MessageSender = {
    sendMessage(chatId: number, message: OutboundMessage, plain: boolean) {
      const call = { chatId, html: message.html, plain, at: timer.now() };
      calls.push(call);
      const outcome = script(call, calls.length - 1);
      return outcome === 'ok' ? Promise.resolve(nextId++) : Promise.reject(outcome);
    },
  };
  return { sender, calls };
}

function apiError(code: number, description: string, parameters?: object): TelegramError {
  return new TelegramError({
    error_code: code,
    description,
    ...(parameters ? { parameters } : {}),
  });
}

function setup(script?: (call: Call, index: number) => Outcome) {
  const timer = new FakeTimer();
  const { sender, calls } = fakeSender(timer, script);
  const gone: { chatId: number; reason: string }[] = [];
  const moved: { from: number; to: number }[] = [];
  const logger = createRecordingLogger();
  const queue = new OutboundQueue(
    sender,
    {
      chatGone: (chatId, reason) => Promise.resolve(void gone.push({ chatId, reason })),
      chatMoved: (from, to) => Promise.resolve(void moved.push({ from, to })),
    },
    logger,
    TELEGRAM_LIMITS,
    timer,
  );
  const send = (chatId: number, html: string) => queue.send(chatId, { html });
  return { timer, calls, gone, moved, logs: logger.entries, queue, send };
}

const givenUpLogs = (logs: LogEntry[]) =>
  logs.filter((l) => l.message === 'Telegram message given up');

describe('OutboundQueue', () => {
  it('sends the messages of one chat in order, about one a second, while chats take turns', async () => {
    const { timer, calls, send } = setup();
    const results = [send(1, 'a1'), send(1, 'a2'), send(1, 'a3'), send(2, 'b1'), send(2, 'b2')];
    await timer.run();
    expect((await Promise.all(results)).every((r) => r.ok)).toBe(true);
    const a = calls.filter((c) => c.chatId === 1);
    expect(a.map((c) => c.html)).toEqual(['a1', 'a2', 'a3']);
    expect(a[1]!.at - a[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(a[2]!.at - a[1]!.at).toBeGreaterThanOrEqual(1000);
    expect(calls.map((c) => c.html).slice(0, 2)).toEqual(['a1', 'b1']);
    expect(calls.find((c) => c.html === 'b1')!.at).toBeLessThan(100);
  });

  it('counts a chat’s pace from when a slow request was answered, so the next never arrives too soon', async () => {
    const timer = new FakeTimer();
    const starts: number[] = [];
    const answers: number[] = [];
    // Each request takes 700 ms to reach Telegram and be answered (a loaded machine, a slow link).
    const sender: MessageSender = {
      async sendMessage() {
        starts.push(timer.now());
        await timer.sleep(700, new AbortController().signal);
        answers.push(timer.now());
        return answers.length;
      },
    };
    const noLifecycle = { chatGone: () => Promise.resolve(), chatMoved: () => Promise.resolve() };
    const queue = new OutboundQueue(
      sender,
      noLifecycle,
      createRecordingLogger(),
      TELEGRAM_LIMITS,
      timer,
    );
    const results = ['a', 'b', 'c'].map((html) => queue.send(7, { html }));
    await timer.run();
    expect((await Promise.all(results)).every((r) => r.ok)).toBe(true);
    for (let i = 1; i < starts.length; i++)
      expect(starts[i]! - answers[i - 1]!).toBeGreaterThanOrEqual(1000);
  });

  it('keeps to the overall limit: never more than 29 messages in any second', async () => {
    const { timer, calls, send } = setup();
    const results = Array.from({ length: 100 }, (_, i) => send(1000 + i, `m${i}`));
    await timer.run();
    expect((await Promise.all(results)).filter((r) => r.ok)).toHaveLength(100);
    const times = calls.map((c) => c.at);
    for (const t of times) {
      expect(times.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(29);
    }
    expect(Math.max(...times)).toBeLessThan(4000);
    // Paced evenly, not in bursts of a whole second's worth.
    expect(times[28]! - times[0]!).toBeGreaterThanOrEqual(900);
  });

  it('sends at most 20 messages a minute to one group', async () => {
    const { timer, calls, send } = setup();
    const results = Array.from({ length: 22 }, (_, i) => send(-100123, `g${i}`));
    await timer.run();
    await Promise.all(results);
    expect(calls.map((c) => c.html)).toEqual(Array.from({ length: 22 }, (_, i) => `g${i}`));
    expect(calls[20]!.at - calls[0]!.at).toBeGreaterThanOrEqual(60_000);
    expect(calls[19]!.at).toBeLessThan(25_000);
  });

  it('on a 429 waits retry_after, sends the same message again, and pauses only that chat', async () => {
    const { timer, calls, send, queue } = setup((call, i) =>
      i === 0 ? apiError(429, 'Too Many Requests: retry after 3', { retry_after: 3 }) : 'ok',
    );
    const first = send(1, 'hello');
    const second = send(1, 'after');
    const other = send(2, 'elsewhere');
    await timer.run();
    expect(await first).toMatchObject({ ok: true, chatId: 1 });
    expect(await second).toMatchObject({ ok: true });
    expect(await other).toMatchObject({ ok: true });
    const retry = calls.filter((c) => c.html === 'hello');
    expect(retry).toHaveLength(2);
    expect(retry[1]!.at - retry[0]!.at).toBeGreaterThanOrEqual(3000);
    expect(calls.find((c) => c.html === 'elsewhere')!.at).toBeLessThan(100);
    expect(calls.map((c) => c.html).filter((h) => h !== 'elsewhere')).toEqual([
      'hello',
      'hello',
      'after',
    ]);
    expect(queue.stats.rateLimited).toBe(1);
  });

  it('retries 5xx and network errors with backoff, and gives up after bounded attempts, logged', async () => {
    const { timer, calls, send, logs } = setup((call) => {
      if (call.html === 'flaky' && calls.filter((c) => c.html === 'flaky').length <= 2) {
        return apiError(502, 'Bad Gateway');
      }
      if (call.html === 'down') return new Error('connect ECONNREFUSED 127.0.0.1:1');
      return 'ok';
    });
    const flaky = send(1, 'flaky');
    const down = send(2, 'down');
    const next = send(2, 'next');
    await timer.run();
    expect(await flaky).toMatchObject({ ok: true });
    const flakyTimes = calls.filter((c) => c.html === 'flaky').map((c) => c.at);
    expect(flakyTimes).toHaveLength(3);
    expect(flakyTimes[2]! - flakyTimes[1]!).toBeGreaterThan(flakyTimes[1]! - flakyTimes[0]!);
    const failed = await down;
    expect(failed).toMatchObject({ ok: false, permanent: false });
    expect(!failed.ok && failed.reason).toMatch(/ECONNREFUSED.*after 5 attempts/);
    expect(calls.filter((c) => c.html === 'down')).toHaveLength(5);
    expect(await next).toMatchObject({ ok: true });
    expect(givenUpLogs(logs)).toHaveLength(1);
    expect(givenUpLogs(logs)[0]!.fields).toMatchObject({ chatId: 2 });
  });

  it('on a 403 reports the chat gone and gives up its waiting messages, each logged', async () => {
    const { timer, send, gone, logs, calls } = setup((call) =>
      call.chatId === 5 ? apiError(403, 'Forbidden: bot was blocked by the user') : 'ok',
    );
    const results = [send(5, 'one'), send(5, 'two'), send(6, 'other')];
    await timer.run();
    const [one, two, other] = await Promise.all(results);
    expect(one).toMatchObject({ ok: false, permanent: true });
    expect(two).toMatchObject({ ok: false, permanent: true });
    expect(other).toMatchObject({ ok: true });
    expect(gone).toEqual([{ chatId: 5, reason: '403 Forbidden: bot was blocked by the user' }]);
    expect(calls.filter((c) => c.chatId === 5)).toHaveLength(1);
    expect(givenUpLogs(logs)).toHaveLength(2);
  });

  it('follows a group upgraded to a supergroup: reports the move and resends to the new id', async () => {
    const { timer, send, moved, calls } = setup((call) =>
      call.chatId === -100
        ? apiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', {
            migrate_to_chat_id: -1009,
          })
        : 'ok',
    );
    const results = [send(-100, 'first'), send(-100, 'second')];
    await timer.run();
    expect(await Promise.all(results)).toEqual([
      { ok: true, chatId: -1009, messageId: 1 },
      { ok: true, chatId: -1009, messageId: 2 },
    ]);
    expect(moved).toEqual([{ from: -100, to: -1009 }]);
    const later = send(-100, 'later');
    await timer.run();
    expect(await later).toMatchObject({ ok: true, chatId: -1009 });
    expect(calls.map((c) => `${c.chatId}:${c.html}`)).toEqual([
      '-100:first',
      '-1009:first',
      '-1009:second',
      '-1009:later',
    ]);
  });

  it('resends as plain text when Telegram cannot parse the HTML', async () => {
    const { timer, send, calls } = setup((call) =>
      call.plain ? 'ok' : apiError(400, "Bad Request: can't parse entities: bad tag"),
    );
    const result = send(1, '<b>x</b>');
    await timer.run();
    expect(await result).toMatchObject({ ok: true });
    expect(calls.map((c) => c.plain)).toEqual([false, true]);
  });

  it('gives up a message still rate limited after many waits', async () => {
    const { timer, send, calls } = setup(() =>
      apiError(429, 'Too Many Requests: retry after 1', { retry_after: 1 }),
    );
    const result = send(1, 'never');
    await timer.run();
    expect(await result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/rate limited/),
    });
    expect(calls).toHaveLength(TELEGRAM_LIMITS.maxRateLimitWaits + 1);
  });

  it('on close lets queued messages go out for the grace period, then gives up the rest', async () => {
    const { timer, send, queue, logs } = setup();
    const results = Array.from({ length: 10 }, (_, i) => send(1, `m${i}`));
    const closed = queue.close(3_500);
    await timer.run();
    await closed;
    const outcomes = await Promise.all(results);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(4);
    expect(outcomes.filter((o) => !o.ok)).toHaveLength(6);
    expect(await send(1, 'late')).toMatchObject({ ok: false, reason: 'the bot is stopping' });
    expect(givenUpLogs(logs)).toHaveLength(7);
  });

  it('drops nothing silently: every message is delivered or given up and logged', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const { timer, send, queue, logs } = setup(() => {
      const r = random();
      if (r < 0.1) return apiError(429, 'Too Many Requests', { retry_after: 1 });
      if (r < 0.2) return apiError(500, 'Internal Server Error');
      if (r < 0.25) return new Error('socket hang up');
      if (r < 0.27) return apiError(400, 'Bad Request: message is too long');
      return 'ok';
    });
    const results: Promise<Delivery>[] = [];
    for (let i = 0; i < 300; i++) results.push(send(1 + (i % 37), `m${i}`));
    await timer.run();
    const outcomes = await Promise.all(results);
    const delivered = outcomes.filter((o) => o.ok).length;
    expect(delivered + givenUpLogs(logs).length).toBe(300);
    expect(queue.stats.delivered).toBe(delivered);
    expect(queue.pending).toBe(0);
  });
});
