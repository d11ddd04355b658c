import { describe, expect, it } from '@jest/globals';
import { stripVTControlCharacters } from 'node:util';
import { expectWithMessage } from './expect-with-message.js';
import { poll } from './poll.js';

describe('poll', () => {
  it('reads again until the matcher passes', async () => {
    let reads = 0;
    await poll(() => ++reads).toBeGreaterThanOrEqual(3);
    expect(reads).toBe(3);
  });

  it('awaits an asynchronous read', async () => {
    let reads = 0;
    await poll(async () => ({ status: ++reads >= 2 ? 'SENT' : 'PENDING' })).toMatchObject({ status: 'SENT' });
    expect(reads).toBe(2);
  });

  it('throws the last failure when the condition never holds', async () => {
    const failure = await poll(() => 'PENDING', { timeout: 30, interval: 5 })
      .toBe('SENT')
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(Error);
    // the matcher's own message (coloured when Jest writes to a terminal)
    const message = stripVTControlCharacters((failure as Error).message);
    expect(message).toMatch(/Expected: "SENT"/);
    expect(message).toMatch(/Received: "PENDING"/);
  });
});

describe('expectWithMessage', () => {
  it('passes as expect does', async () => {
    expectWithMessage(1 + 1, 'the sum').toBe(2);
    expectWithMessage('Beviljad', 'the outcome').not.toBe('Avslag');
    await expectWithMessage(Promise.resolve(3), 'the promise').resolves.toBe(3);
  });

  it('puts the message before the failure, through .not and .resolves too', async () => {
    expect(() => expectWithMessage(1, 'department BUF').toBe(2)).toThrow(/^department BUF\n\n.*toBe/s);
    expect(() => expectWithMessage(1, 'goal area G1').not.toBe(1)).toThrow(/^goal area G1\n\n/);
    await expect(expectWithMessage(Promise.resolve(1), 'the round').resolves.toBe(2)).rejects.toThrow(/^the round\n\n/);
  });
});
