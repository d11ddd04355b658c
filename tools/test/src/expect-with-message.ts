import { expect } from '@jest/globals';

type Matchers<T> = ReturnType<typeof expect<T>>;

/**
 * `expect(actual)` whose failures start with `message`, to say which of many checked values failed
 * (`expectWithMessage(exists(key), key).toBe(true)`). Works through `.not`, `.resolves` and `.rejects`.
 */
export function expectWithMessage<T>(actual: T, message: string): Matchers<T> {
  const annotate = (failure: unknown) => {
    if (failure instanceof Error) failure.message = `${message}\n\n${failure.message}`;
    return failure;
  };
  const wrap = <O extends object>(target: O): O =>
    new Proxy(target, {
      get(object, key) {
        const value: unknown = Reflect.get(object, key);
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            try {
              const result: unknown = value.apply(object, args);
              return result instanceof Promise ? result.catch((failure: unknown) => Promise.reject(annotate(failure))) : result;
            } catch (failure) {
              throw annotate(failure);
            }
          };
        }
        return value !== null && typeof value === 'object' ? wrap(value) : value;
      },
    });
  return wrap(expect(actual));
}
