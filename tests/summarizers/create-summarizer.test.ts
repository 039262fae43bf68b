import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import {
  startFakeChatCompletions,
  type FakeChatCompletions,
} from '../support/fake-chat-completions.js';

const chat = { platform: 'test', id: 'c' };
const caller = { isModerator: () => Promise.resolve(false) };

describe('the summarizer /summary uses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefly-summarizer-'));
  copyFileSync(new URL('../fixtures/seed.txt', import.meta.url), join(dir, 'seed.txt'));
  let server: FakeChatCompletions | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function summaryWith(env: Record<string, string>): Promise<string> {
    const app = await createApp(loadConfig({ CONTENT_DIR: dir, DATABASE_URL: 'sqlite::memory:', ...env }, ''), silentLogger, {
      watchContent: false,
    });
    try {
      const reply = await app.dispatcher.dispatchLine('/summary patriot transfers', chat, caller);
      return JSON.stringify(reply);
    } finally {
      await app.close();
    }
  }

  it('quotes the article by default', async () => {
    expect(await summaryWith({})).toContain('Every sentence is quoted from the article.');
  });

  it('is the model summarizer with SUMMARIZER=openai', async () => {
    server = await startFakeChatCompletions();
    server.answer = () => ({
      content: 'Russia warned Japan against transferring Patriot missiles to the United States.',
    });
    const text = await summaryWith({
      SUMMARIZER: 'openai',
      OPENAI_BASE_URL: server.baseUrl,
      OPENAI_MODEL: 'fake-model',
    });
    expect(text).toContain('Russia warned Japan against transferring Patriot missiles');
    expect(text).toContain('Rewritten by a model');
    expect(server.requests).toHaveLength(1);
  });
});
