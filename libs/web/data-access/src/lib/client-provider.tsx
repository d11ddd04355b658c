import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';

/** What the app gives the client factory: whom to tell when the API says the session has ended. */
export interface SessionClientOptions {
  onUnauthenticated: () => void;
}

export interface SessionControl {
  /** replaces the urql client (and with it the whole normalised cache): after sign-in and sign-out */
  resetClient: () => void;
  /** the last client was dropped because the API answered UNAUTHENTICATED (the session ended) */
  sessionExpired: boolean;
}

const SessionControlContext = createContext<SessionControl | null>(null);

interface State {
  client: Client;
  sessionExpired: boolean;
}

/**
 * Owns the urql client. Another user's data must never survive a sign-out, so signing in and out
 * replaces the client (graphcache lives in it). When any operation comes back UNAUTHENTICATED the
 * client is replaced as well and `sessionExpired` is set: the shell then finds `me` null and sends the
 * user to the sign-in page, which says why.
 */
export function SessionClientProvider({ createClient, children }: { createClient: (options: SessionClientOptions) => Client; children: ReactNode }) {
  /** the client in use, so that a late answer from a replaced client changes nothing */
  const active = useRef<Client | null>(null);
  // the factory is read once: a new one would not replace a client that holds a session's cache
  const factory = useRef(createClient);

  const build = useCallback((): Client => {
    const client: Client = factory.current({
      onUnauthenticated: () => {
        if (active.current === client) setState({ client: build(), sessionExpired: true });
      },
    });
    return client;
  }, []);

  const [state, setState] = useState<State>(() => ({ client: build(), sessionExpired: false }));

  useEffect(() => {
    active.current = state.client;
  }, [state.client]);

  const resetClient = useCallback(() => setState({ client: build(), sessionExpired: false }), [build]);
  const control = useMemo(() => ({ resetClient, sessionExpired: state.sessionExpired }), [resetClient, state.sessionExpired]);

  return (
    <SessionControlContext value={control}>
      <Provider value={state.client}>{children}</Provider>
    </SessionControlContext>
  );
}

/** Resets the client and tells whether the session expired; needs a SessionClientProvider above. */
export function useSessionControl(): SessionControl {
  const control = use(SessionControlContext);
  if (!control) throw new Error('useSessionControl needs a <SessionClientProvider> above it');
  return control;
}
