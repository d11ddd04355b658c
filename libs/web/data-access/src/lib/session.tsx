import { createContext, use, useMemo, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { canCreate, type Actor } from '@dp/domain/workflow';
import type { SessionUserFieldsFragment } from '../gql/graphql';
import { MeDocument } from './session-operations';

/** The signed-in user as the client knows it (`me`). */
export type SessionUser = SessionUserFieldsFragment;

/** The domain's actor (`{ userId, roles: { role, departmentId }[] }`), so the client asks the same rules as the API. */
export function actorOf(user: SessionUser): Actor {
  return { userId: user.id, roles: user.roles.map((g) => ({ role: g.role, departmentId: g.department?.id ?? null })) };
}

/** The departments the user may create initiatives for (where they are an applicant), in the order of their roles. */
export function creatableDepartmentIds(user: SessionUser): string[] {
  const actor = actorOf(user);
  const ids = user.roles.flatMap((g) => (g.department && canCreate(actor, g.department.id).ok ? [g.department.id] : []));
  return [...new Set(ids)];
}

/** True when the user may create initiatives at all (an applicant of some department). */
export function mayCreateInitiatives(user: SessionUser): boolean {
  return creatableDepartmentIds(user).length > 0;
}

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'anonymous' }
  | { status: 'signed-in'; user: SessionUser };

/** Asks the API who is signed in (`me`); anonymous visitors get `anonymous`, not an error. */
export function useSessionQuery(): SessionState {
  const [result, reexecute] = useQuery({ query: MeDocument });
  if (result.data) return result.data.me ? { status: 'signed-in', user: result.data.me } : { status: 'anonymous' };
  if (result.error) return { status: 'error', retry: () => reexecute({ requestPolicy: 'network-only' }) };
  return { status: 'loading' };
}

export interface CurrentUser {
  user: SessionUser;
  actor: Actor;
}

const CurrentUserContext = createContext<CurrentUser | null>(null);

/** Makes the signed-in user available to the pages below (the shell provides it once `me` is known). */
export function CurrentUserProvider({ user, children }: { user: SessionUser; children: ReactNode }) {
  const value = useMemo(() => ({ user, actor: actorOf(user) }), [user]);
  return <CurrentUserContext value={value}>{children}</CurrentUserContext>;
}

/** The signed-in user and their actor; only inside the signed-in part of the app. */
export function useCurrentUser(): CurrentUser {
  const current = use(CurrentUserContext);
  if (!current) throw new Error('useCurrentUser needs a <CurrentUserProvider> above it (a signed-in page)');
  return current;
}
