import { describe, expect, it } from 'vitest';
import type { Summarizer } from '../../src/core/summaries/summarizer.js';
import { draft } from '../support/builders.js';
import { createTestBot } from '../support/test-services.js';

const strike = draft({
  title: 'Rail strike called off',
  text: [
    'Rail workers called off the weekend strike. (Attribution: Union statement)',
    'Trains will run normally on Saturday. (Attribution: Rail operator)',
    'Members will vote on the pay deal next month. (Attribution: Union statement)',
  ],
});

describe('/summary with a model-written summary', () => {
  it('names the source of every paragraph a sentence draws on, once each, and says a model wrote it', async () => {
    const model: Summarizer = {
      summarize: () =>
        Promise.resolve({
          method: 'model',
          sentences: [
            {
              text: 'The weekend rail strike is off and trains run normally.',
              paragraph: 0,
              source: 'Union statement',
              paragraphs: [0, 1, 2],
            },
          ],
        }),
    };
    const bot = createTestBot([strike], { summarizer: model });
    const { text } = await bot.send('/summary rail strike');
    expect(text).toContain(
      'The weekend rail strike is off and trains run normally. — Union statement; Rail operator',
    );
    expect(text).toContain('Rewritten by a model');
  });
});
