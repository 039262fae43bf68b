import { describe, expect, it } from 'vitest';
import { chooseTag, tagForPost } from '../../../src/core/places/choose-tag.js';

const staff = { id: '1', name: 'Staff', moderated: true };
const misc = { id: '2', name: 'Misc', moderated: false };
const news = { id: '3', name: 'Nachrichten / News', moderated: false };
const daily = { id: '4', name: 'Daily', moderated: false };

describe('the tag of a digest’s forum post', () => {
  it('takes a named tag by name (any case, accents, quotes) or id, moderated or not', () => {
    expect(chooseTag([staff, misc], 'misc', false)).toEqual({ tag: misc });
    expect(chooseTag([staff, misc], '“STAFF”', true)).toEqual({ tag: staff });
    expect(
      chooseTag([{ id: '5', name: 'Actualités', moderated: false }], 'actualites', false),
    ).toEqual({
      tag: { id: '5', name: 'Actualités', moderated: false },
    });
    expect(chooseTag([staff, misc], '2', false)).toEqual({ tag: misc });
    expect(chooseTag([staff, misc], 'sports', true)).toEqual({ problem: 'unknown' });
  });

  it('sets none unless the forum requires one; then a digest-like name, else the first the bot may set', () => {
    expect(chooseTag([misc, daily], undefined, false)).toEqual({ tag: undefined });
    expect(chooseTag([staff, misc, daily], undefined, true)).toEqual({ tag: daily });
    expect(chooseTag([staff, misc, news], undefined, true)).toEqual({ tag: misc });
    expect(chooseTag([staff], undefined, true)).toEqual({ problem: 'none-available' });
    expect(chooseTag([], '  ', true)).toEqual({ problem: 'none-available' });
  });

  it('keeps a stored tag while the forum has it, and chooses again once it is deleted', () => {
    expect(tagForPost([staff, misc], '1', true)).toEqual({ tag: staff });
    expect(tagForPost([misc], '1', true)).toEqual({ tag: misc });
    expect(tagForPost([misc], '1', false)).toEqual({ tag: undefined });
    expect(tagForPost([staff], '9', true)).toEqual({ problem: 'none-available' });
  });
});
