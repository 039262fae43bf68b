import { describe, expect, it } from 'vitest';
import { isFurniture, stripDateline } from '../../../src/core/summaries/furniture.js';

describe('stripDateline', () => {
  it.each([
    [
      'Lisbon, Portugal (CNN) -- The council voted to close the bridge.',
      'The council voted to close the bridge.',
    ],
    ['(CNN)The council voted to close the bridge.', 'The council voted to close the bridge.'],
    ['Port Elm (Reuters) — Farmers protested on Monday.', 'Farmers protested on Monday.'],
    ['NEW HAVEN, Conn. -- Students returned to class.', 'Students returned to class.'],
    ['(EW.com) -- The sequel opens in June.', 'The sequel opens in June.'],
  ])('cuts the dateline from %j', (sentence, expected) => {
    expect(stripDateline(sentence)).toBe(expected);
  });

  it.each([
    'The council (which met on Monday) voted to close the bridge.',
    'Farmers in Port Elm protested on Monday.',
    'NATO -- the alliance -- met today.',
    '(Laughter) and then silence.',
  ])('leaves %j alone', (sentence) => {
    expect(stripDateline(sentence)).toBe(sentence);
  });
});

describe('isFurniture', () => {
  it.each([
    'Click here to read more.',
    'READ MORE: Ten things to know about the vote .',
    'Follow @BrieflyNews on Twitter for updates.',
    'You can follow him on Instagram and Twitter.',
    "CNN's Jane Roe and John Doe contributed to this report.",
    'Ana Lima reported from Porto, and Ben Gale wrote this story from Atlanta.',
    'By Jane Roe, Staff Writer',
    "Editor's note: The author is a professor of history.",
    'The opinions expressed in this commentary are solely those of the author.',
    'Photo Gallery: Life on the research ship',
    'Watch: How the bridge was built',
    'Copyright 2024 Briefly Media.',
    'Follow the show on Twitter.',
    'Share your thoughts with Kelly Wallace on Twitter or CNN Living on Facebook.',
  ])('recognises %j', (sentence) => {
    expect(isFurniture(sentence)).toBe(true);
  });

  it.each([
    'The click of a button started the launch.',
    'By Tuesday the river had risen two metres.',
    'Reporters followed the minister to the airport.',
    'She said the photos showed the damage clearly.',
    'The team watched the final from the stands.',
    'Fans shared the video on Twitter within minutes.',
    'He said he would follow the rules on Facebook from now on.',
  ])('keeps news sentence %j', (sentence) => {
    expect(isFurniture(sentence)).toBe(false);
  });
});
