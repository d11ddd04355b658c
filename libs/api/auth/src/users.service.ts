import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { hasRole } from '@dp/domain/workflow';
import { DEFAULT_DELEGATION } from '@dp/domain/decisions';
import { validateCreateUser, validateUpdateUser } from '@dp/domain/accounts';
import { conflict, forbidden, isUuid, notFound, ValidationFailed, withOptimisticLock, type RequestActor } from '@dp/api/common';
import { Department, FundRound, User, UserRole, UserSession, type Role } from '@dp/api/database';
import { hashPassword } from './password.js';

interface Grant {
  role: string;
  departmentId?: string | null;
}

const collator = new Intl.Collator('sv');

/** Accounts and their roles: the administrators' work. */
@Injectable()
export class UsersService {
  constructor(private readonly em: EntityManager) {}

  private assertAdmin(actor: RequestActor): void {
    if (!hasRole(actor, 'ADMINISTRATOR')) throw forbidden('ROLE_REQUIRED', 'Only administrators manage users');
  }

  async list(actor: RequestActor): Promise<User[]> {
    this.assertAdmin(actor);
    const users = await this.em.find(User, {}, { populate: ['roles'] });
    return users.sort((a, b) => collator.compare(a.displayName, b.displayName));
  }

  private async grants(em: EntityManager, user: User, grants: Grant[]): Promise<UserRole[]> {
    const ids = [...new Set(grants.map((g) => g.departmentId).filter((d): d is string => !!d))];
    const found = ids.filter(isUuid).length ? await em.find(Department, { id: { $in: ids.filter(isUuid) } }) : [];
    const byId = new Map(found.map((d) => [d.id, d]));
    const issues = grants.flatMap((g, i) => (g.departmentId && !byId.has(g.departmentId) ? [{ field: `roles.${i}.departmentId`, code: 'UNKNOWN_REFERENCE' }] : []));
    if (issues.length) throw new ValidationFailed(issues);
    return grants.map((g) => em.create(UserRole, { user, role: g.role as Role, department: g.departmentId ? byId.get(g.departmentId) : null }));
  }

  /** Each delegation level held must be one some round's delegation order (or the default order) names. */
  private async checkDelegations(em: EntityManager, delegations: readonly string[] | undefined): Promise<void> {
    if (!delegations || delegations.length === 0) return;
    const rounds = await em.find(FundRound, {}, { fields: ['delegation'] });
    const known = new Set([...DEFAULT_DELEGATION, ...rounds.flatMap((r) => r.delegation)].map((r) => r.signatory));
    const issues = delegations.flatMap((d, i) => (known.has(d) ? [] : [{ field: `delegations.${i}`, code: 'UNKNOWN_REFERENCE' }]));
    if (issues.length) throw new ValidationFailed(issues);
  }

  private async assertAdministratorRemains(em: EntityManager): Promise<void> {
    const admins = await em.count(UserRole, { role: 'ADMINISTRATOR', user: { active: true } });
    if (admins === 0) throw forbidden('LAST_ADMINISTRATOR', 'At least one active administrator must remain');
  }

  async create(input: unknown, actor: RequestActor): Promise<User> {
    this.assertAdmin(actor);
    const valid = validateCreateUser(input);
    if (!valid.ok) throw new ValidationFailed(valid.errors);
    const data = valid.value;
    const passwordHash = await hashPassword(data.password);
    return this.em.transactional(async (em) => {
      if (await em.count(User, { email: data.email })) throw new ValidationFailed([{ field: 'email', code: 'TAKEN' }]);
      await this.checkDelegations(em, data.delegations);
      const user = em.create(User, { email: data.email, displayName: data.displayName, passwordHash, delegations: data.delegations });
      user.roles.set(await this.grants(em, user, data.roles));
      await em.flush();
      return user;
    });
  }

  async update(id: string, version: number, input: unknown, actor: RequestActor): Promise<User> {
    this.assertAdmin(actor);
    const valid = validateUpdateUser(input);
    if (!valid.ok) throw new ValidationFailed(valid.errors);
    const data = valid.value;
    const passwordHash = data.password ? await hashPassword(data.password) : undefined;
    return withOptimisticLock(
      'User',
      id,
      version,
      () =>
        this.em.transactional(async (em) => {
          const user = isUuid(id) ? await em.findOne(User, { id }, { populate: ['roles'] }) : null;
          if (!user) throw notFound('User', id);
          if (user.version !== version) throw conflict('User', id, user.version);
          if (data.displayName !== undefined) user.displayName = data.displayName;
          if (passwordHash) {
            user.passwordHash = passwordHash;
            user.failedLoginCount = 0;
            user.lockedUntil = null;
          }
          if (data.active !== undefined) user.active = data.active;
          if (data.roles) user.roles.set(await this.grants(em, user, data.roles));
          if (data.delegations) {
            await this.checkDelegations(em, data.delegations);
            user.delegations = data.delegations;
          }
          await em.flush();
          if (data.active === false || passwordHash) await em.nativeDelete(UserSession, { user });
          await this.assertAdministratorRemains(em);
          return user;
        }),
      async () => (await this.em.fork().findOne(User, { id }))?.version,
    );
  }
}
