import type { EntityManager } from '@mikro-orm/postgresql';
import { demoData, type DemoData } from '@dp/seed';
import { ROLES, type Role } from '@dp/domain/workflow';
import { Department, FundRound, FundRoundStatus, GoalArea, Initiative, StatusInterval, User, UserRole } from '../entities/index.js';

export interface SeedResult {
  seeded: boolean;
  departments: number;
  goalAreas: number;
  fundRounds: number;
  initiatives: number;
  users: number;
}

/**
 * Loads the demo municipality when the database holds no departments yet, in one transaction.
 * Running it twice changes nothing.
 */
/** Password hashing is the caller's (the auth module's argon2id); the seed only stores the hash. */
export type PasswordHasher = (password: string) => Promise<string>;

/** The password of every demo account. Demo data only. */
export const DEMO_PASSWORD = 'demo';

export async function seedDemoData(em: EntityManager, hashPassword: PasswordHasher, data: DemoData = demoData): Promise<SeedResult> {
  const passwordHash = data.users.length ? await hashPassword(DEMO_PASSWORD) : '';
  return em.transactional(async (tx) => {
    const existing = await tx.count(Department, {});
    if (existing > 0) {
      return { seeded: false, departments: 0, goalAreas: 0, fundRounds: 0, initiatives: 0, users: 0 };
    }
    const departments = new Map(
      data.departments.map((d) => [d.code, tx.create(Department, { code: d.code, name: d.name })]),
    );
    const goalAreas = new Map(
      data.goalAreas.map((g) => [g.code, tx.create(GoalArea, { code: g.code, name: g.name, description: g.description })]),
    );
    const rounds = new Map(
      data.fundRounds.map((r) => [
        r.code,
        tx.create(FundRound, {
          code: r.code,
          name: r.name,
          year: r.year,
          budget: r.budget,
          status: r.status === 'OPEN' ? FundRoundStatus.OPEN : FundRoundStatus.CLOSED,
          opensOn: r.opensOn,
          closesOn: r.closesOn,
        }),
      ]),
    );
    // spread creation times a minute apart so the default order (newest first) is meaningful and stable
    const start = Date.now() - data.initiatives.length * 60_000;
    data.initiatives.forEach((i, index) => {
      const department = departments.get(i.departmentCode);
      const round = rounds.get(i.fundRoundCode);
      if (!department || !round) throw new Error(`Demo data refers to an unknown department or round: ${i.title}`);
      const at = new Date(start + index * 60_000);
      const initiative = tx.create(Initiative, {
        title: i.title,
        description: i.description,
        department,
        fundRound: round,
        requestedAmount: i.requestedAmount,
        createdAt: at,
        updatedAt: at,
      });
      tx.create(StatusInterval, { initiative, status: 'DRAFT', enteredAt: at });
      for (const code of i.goalAreaCodes) {
        const goal = goalAreas.get(code);
        if (!goal) throw new Error(`Demo data refers to an unknown goal area ${code}`);
        initiative.goalAreas.add(goal);
      }
    });
    for (const u of data.users) {
      const user = tx.create(User, { email: u.email.toLowerCase(), displayName: u.displayName, passwordHash });
      for (const r of u.roles) {
        if (!(ROLES as readonly string[]).includes(r.role)) throw new Error(`Demo data has an unknown role ${r.role}`);
        const department = r.departmentCode ? departments.get(r.departmentCode) : undefined;
        if (r.departmentCode && !department) throw new Error(`Demo data refers to an unknown department ${r.departmentCode}`);
        user.roles.add(tx.create(UserRole, { user, role: r.role as Role, department: department ?? null }));
      }
    }
    await tx.flush();
    return {
      users: data.users.length,
      seeded: true,
      departments: departments.size,
      goalAreas: goalAreas.size,
      fundRounds: rounds.size,
      initiatives: data.initiatives.length,
    };
  });
}
