import { describe, expect, it } from 'vitest';
import {
  CALLBACK_DATA_LIMIT,
  CallbackCodec,
} from '../../../src/adapters/telegram/callback-data.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('CallbackCodec', () => {
  it('writes short commands out, so buttons work after a restart', () => {
    const codec = new CallbackCodec();
    const data = codec.encode({ command: 'summary', args: 'harbour-tunnel' });
    expect(data).toBe('/summary harbour-tunnel');
    expect(new CallbackCodec().decode(data)).toEqual({
      command: 'summary',
      args: 'harbour-tunnel',
    });
  });

  it('keeps long article ids within 64 bytes and decodes them back', () => {
    const codec = new CallbackCodec();
    const args = 'russia-warns-japan-on-patriot-transfers-to-us-and-implications-for-ukr';
    const data = codec.encode({ command: 'source', args });
    expect(bytes(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
    expect(codec.decode(data)).toEqual({ command: 'source', args });
  });

  it('counts bytes, not characters: multibyte ids are hashed too', () => {
    const codec = new CallbackCodec();
    const args = 'ü'.repeat(30);
    const data = codec.encode({ command: 'summary', args });
    expect(bytes(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
    expect(codec.decode(data)).toEqual({ command: 'summary', args });
  });

  it('gives the same data for the same command, and different data for different ones', () => {
    const codec = new CallbackCodec();
    const long = 'x'.repeat(80);
    expect(codec.encode({ command: 'summary', args: long })).toBe(
      codec.encode({ command: 'summary', args: long }),
    );
    expect(codec.encode({ command: 'summary', args: long })).not.toBe(
      codec.encode({ command: 'source', args: long }),
    );
  });

  it('forgets the oldest long commands beyond its capacity', () => {
    const codec = new CallbackCodec(2);
    const data = ['a', 'b', 'c'].map((c) =>
      codec.encode({ command: 'summary', args: c.repeat(70) }),
    );
    expect(codec.decode(data[0]!)).toBeUndefined();
    expect(codec.decode(data[2]!)).toEqual({ command: 'summary', args: 'c'.repeat(70) });
  });

  it('does not understand data it did not write', () => {
    const codec = new CallbackCodec();
    expect(codec.decode('#unknown')).toBeUndefined();
    expect(codec.decode('refresh:1')).toBeUndefined();
  });
});
