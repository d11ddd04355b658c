import type { EntityManager } from '@mikro-orm/postgresql';
import { demoData, type DemoData } from '@dp/seed';
import { Department, FundRound, FundRoundStatus, GoalArea, Initiative } from '../entities/index.js';

export interface SeedResult {
  seeded: boolean;
  departments: number;
  goalAreas: number;
  fundRounds: number;
  initiatives: number;
}

/**
 * Loads the demo municipality when the database holds no departments yet, in one transaction.
 * Running it twice changes nothing.
 */
export async function seedDemoData(em: EntityManager, data: DemoData = demoData): Promise<SeedResult> {
  return em.transactional(async (tx) => {
    const existing = await tx.count(Department, {});
    if (existing > 0) {
      return { seeded: false, departments: 0, goalAreas: 0, fundRounds: 0, initiatives: 0 };
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
      for (const code of i.goalAreaCodes) {
        const goal = goalAreas.get(code);
        if (!goal) throw new Error(`Demo data refers to an unknown goal area ${code}`);
        initiative.goalAreas.add(goal);
      }
    });
    await tx.flush();
    return {
      seeded: true,
      departments: departments.size,
      goalAreas: goalAreas.size,
      fundRounds: rounds.size,
      initiatives: data.initiatives.length,
    };
  });
}
