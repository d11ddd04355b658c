import { useCallback, useEffect, useState } from 'react';
import { OpenDataHttpError, fetchOpenData } from './open-data';

export type OpenDataState<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  /** HTTP 404: there is no such round */
  | { status: 'not-found' }
  | { status: 'error' };

/**
 * Loads open data from a path (null: nothing to load) and reads it; a new path or `retry` loads again,
 * and an answer for a path no longer shown is dropped (the request is aborted).
 */
export function useOpenData<T>(path: string | null, read: (json: unknown) => T): { state: OpenDataState<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ key: string; state: OpenDataState<T> } | null>(null);
  const key = path === null ? null : `${attempt}:${path}`;

  useEffect(() => {
    if (path === null || key === null) return undefined;
    const controller = new AbortController();
    fetchOpenData(path, read, controller.signal).then(
      (data) => setLoaded({ key, state: { status: 'ok', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ key, state: error instanceof OpenDataHttpError && error.status === 404 ? { status: 'not-found' } : { status: 'error' } });
      },
    );
    return () => controller.abort();
  }, [path, key, read]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // what was loaded for another path (or an earlier attempt) is not shown
  const state: OpenDataState<T> = loaded && loaded.key === key ? loaded.state : { status: 'loading' };
  return { state, retry };
}
