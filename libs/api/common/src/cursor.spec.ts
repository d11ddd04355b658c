import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('cursor', () => {
  it('round-trips keys', () => {
    fc.assert(
      fc.property(fc.tuple(fc.string(), fc.integer()), (key) => {
        expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
      }),
    );
  });

  it('refuses garbage and the wrong arity', () => {
    expect(decodeCursor('not-a-cursor', 2)).toBeNull();
    expect(decodeCursor(encodeCursor(['a']), 2)).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 1)).toBeNull();
  });
});
