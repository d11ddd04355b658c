import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { RequestActor } from '@dp/api/common';
import { LoginAttempt, User, UserSession } from '@dp/api/database';
import { dummyHash, verifyPassword } from './password.js';
import { LOCKOUT_MS, MAX_FAILED_LOGINS, MAX_FAILED_PER_IP, RATE_WINDOW_MS, SESSION_IDLE_MS } from './auth.constants.js';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function loginError(code: 'INVALID_CREDENTIALS' | 'ACCOUNT_LOCKED' | 'TOO_MANY_ATTEMPTS', extra: Record<string, unknown> = {}) {
  const messages = {
    INVALID_CREDENTIALS: 'Wrong e-mail address or password',
    ACCOUNT_LOCKED: 'The account is locked after repeated failed sign-ins',
    TOO_MANY_ATTEMPTS: 'Too many failed sign-ins from this address; wait a while',
  };
  return new GraphQLError(messages[code], { extensions: { code, ...extra } });
}

export function toActor(user: User): RequestActor {
  return {
    userId: user.id,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles.getItems().map((r) => ({ role: r.role, departmentId: r.department?.id ?? null })),
  };
}

/** Sign-in with rate limiting and lockout, server-side sessions. */
@Injectable()
export class AuthService {
  constructor(private readonly em: EntityManager) {}

  async login(emailInput: string, password: string, ip: string): Promise<{ user: User; token: string }> {
    const email = emailInput.trim().toLowerCase();
    const now = new Date();
    const em = this.em.fork();
    const recentFailures = await em.count(LoginAttempt, { ip, succeeded: false, at: { $gt: new Date(now.getTime() - RATE_WINDOW_MS) } });
    if (recentFailures >= MAX_FAILED_PER_IP) {
      await this.recordAttempt(em, email, ip, false);
      throw loginError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: Math.ceil(RATE_WINDOW_MS / 1000) });
    }
    const user = await em.findOne(User, { email }, { populate: ['roles'] });
    if (!user || !user.active) {
      await verifyPassword(await dummyHash(), password);
      await this.recordAttempt(em, email, ip, false);
      throw loginError('INVALID_CREDENTIALS');
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      await this.recordAttempt(em, email, ip, false);
      throw loginError('ACCOUNT_LOCKED', { lockedUntil: user.lockedUntil.toISOString() });
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      user.failedLoginCount += 1;
      if (user.failedLoginCount >= MAX_FAILED_LOGINS) {
        user.lockedUntil = new Date(now.getTime() + LOCKOUT_MS);
        user.failedLoginCount = 0;
      }
      em.persist(em.create(LoginAttempt, { email, ip, succeeded: false }));
      await em.flush();
      if (user.lockedUntil && user.lockedUntil > now) {
        throw loginError('ACCOUNT_LOCKED', { lockedUntil: user.lockedUntil.toISOString() });
      }
      throw loginError('INVALID_CREDENTIALS');
    }
    user.failedLoginCount = 0;
    user.lockedUntil = null;
    const token = randomBytes(32).toString('base64url');
    em.persist(em.create(UserSession, { tokenHash: tokenHash(token), user, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) }));
    em.persist(em.create(LoginAttempt, { email, ip, succeeded: true }));
    await em.flush();
    return { user, token };
  }

  async userById(id: string): Promise<User | null> {
    return this.em.findOne(User, { id });
  }

  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.em.fork().nativeDelete(UserSession, { tokenHash: tokenHash(token) });
  }

  /** The actor of a session cookie, extending the session while it is used. */
  async actorForToken(token: string | undefined): Promise<RequestActor | undefined> {
    if (!token) return undefined;
    const em = this.em.fork();
    const session = await em.findOne(
      UserSession,
      { tokenHash: tokenHash(token) },
      { populate: ['user', 'user.roles'] },
    );
    const now = Date.now();
    if (!session || session.expiresAt.getTime() <= now) return undefined;
    const user = session.user.getEntity();
    if (!user.active) return undefined;
    if (now - session.lastSeenAt.getTime() > 60_000) {
      await em.nativeUpdate(
        UserSession,
        { tokenHash: session.tokenHash },
        { lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_IDLE_MS) },
      );
    }
    return toActor(user);
  }

  private async recordAttempt(em: EntityManager, email: string, ip: string, succeeded: boolean): Promise<void> {
    await em.insert(LoginAttempt, { email, ip, succeeded, at: new Date() });
  }
}
