import { expect } from '@jest/globals';

export interface PollOptions {
  /** how long to keep trying before the last failure stands (default 60 s: generous, for a busy machine) */
  timeout?: number;
  /** pause between tries in milliseconds (default 50) */
  interval?: number;
}

type Matchers<T> = ReturnType<typeof expect<T>>;
type MatcherName<T> = { [K in keyof Matchers<T>]: Matchers<T>[K] extends (...args: never[]) => unknown ? K : never }[keyof Matchers<T>];

/** every matcher of `expect`, each retried until it passes */
export type PolledMatchers<T> = { [K in MatcherName<T>]: Matchers<T>[K] extends (...args: infer A) => unknown ? (...args: A) => Promise<void> : never };

/**
 * Waits on a condition, not on the clock: reads the value again and again until the matcher passes.
 * `await poll(() => rows.count()).toBe(3)` is `expect(await rows.count()).toBe(3)` once it holds; if it
 * never does within the timeout, the last failure is thrown as it is.
 */
export function poll<T>(read: () => T | Promise<T>, { timeout = 60_000, interval = 50 }: PollOptions = {}): PolledMatchers<T> {
  return new Proxy({} as PolledMatchers<T>, {
    get(_target, matcher) {
      if (typeof matcher !== 'string' || matcher === 'then') return undefined;
      return async (...args: unknown[]) => {
        const deadline = Date.now() + timeout;
        for (;;) {
          const value = await read();
          try {
            (expect(value) as unknown as Record<string, (...a: unknown[]) => unknown>)[matcher]!(...args);
            return;
          } catch (failure) {
            if (Date.now() >= deadline) throw failure;
          }
          await new Promise((resolve) => setTimeout(resolve, interval));
        }
      };
    },
  });
}
