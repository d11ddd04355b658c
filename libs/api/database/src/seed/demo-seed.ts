import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ASSESSMENTS, DEMO_CALCULATIONS, DEMO_CRITERIA_ORDER, DEMO_ROUND_CAPACITY, demoData, type DemoData } from '@dp/seed';
import { defaultCriteriaSet, validateAssessment } from '@dp/domain/prioritisation';
import { validateSheet, type CalculationSheet } from '@dp/domain/benefits';
import { ROLES, type Role, type Status } from '@dp/domain/workflow';
import {
  AssessmentCriteria,
  AssessmentRecord,
  BenefitCalculation,
  EligibilityReview,
  CalculationKind,
  Department,
  FundRound,
  FundRoundStatus,
  GoalArea,
  Initiative,
  parametersOf,
  calculatedFields,
  refreshInitiativeFigures,
  StatusInterval,
  User,
  UserRole,
} from '../entities/index.js';

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
/** The road the demo applications have travelled, up to their seeded status. */
const SEED_PATH = ['DRAFT', 'AWAITING_ANCHORING', 'SUBMITTED', 'IN_PREPARATION', 'PREPARED'] as const;

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
          yearlyBudgets: DEMO_ROUND_CAPACITY[r.code]?.yearlyBudgets ?? [],
          staffCapacity: DEMO_ROUND_CAPACITY[r.code]?.staffCapacity ?? [],
        }),
      ]),
    );
    // every round starts with the default criteria and must-requirements (version 1, a draft)
    const defaults = defaultCriteriaSet();
    const criteriaOf = new Map(
      [...rounds.entries()].map(([code, round]) => [
        code,
        tx.create(AssessmentCriteria, { fundRound: round, number: 1, criteria: [...defaults.criteria], mustRequirements: [...defaults.mustRequirements] }),
      ]),
    );
    const users = data.users.map((u) => {
      const user = tx.create(User, { email: u.email.toLowerCase(), displayName: u.displayName, passwordHash, delegations: u.delegations ?? [] });
      for (const r of u.roles) {
        if (!(ROLES as readonly string[]).includes(r.role)) throw new Error(`Demo data has an unknown role ${r.role}`);
        const department = r.departmentCode ? departments.get(r.departmentCode) : undefined;
        if (r.departmentCode && !department) throw new Error(`Demo data refers to an unknown department ${r.departmentCode}`);
        user.roles.add(tx.create(UserRole, { user, role: r.role as Role, department: department ?? null }));
      }
      return { user, seed: u };
    });
    const headOf = (departmentCode: string) =>
      users.find((u) => u.seed.roles.some((r) => r.role === 'DEPARTMENT_HEAD' && r.departmentCode === departmentCode))?.user;
    const analyst = users.find((u) => u.seed.roles.some((r) => r.role === 'PORTFOLIO_ANALYST'))?.user;
    const managementGroup = users.find((u) => u.seed.roles.some((r) => r.role === 'MANAGEMENT_GROUP'))?.user;

    // created over the last two months, an hour apart (so the default order, newest first, is stable);
    // each later state was entered three days after the previous one
    const DAY = 86_400_000;
    const base = Date.now() - 60 * DAY;
    data.initiatives.forEach((i, index) => {
      const department = departments.get(i.departmentCode);
      const round = rounds.get(i.fundRoundCode);
      if (!department || !round) throw new Error(`Demo data refers to an unknown department or round: ${i.title}`);
      const at = new Date(base + index * 3_600_000);
      const path = SEED_PATH.slice(0, SEED_PATH.indexOf(i.status ?? 'DRAFT') + 1);
      const entered = path.map((_, step) => new Date(at.getTime() + step * 3 * DAY));
      const head = headOf(i.departmentCode);
      const anchored = path.includes('SUBMITTED') ? entered[path.indexOf('SUBMITTED')] : undefined;
      const initiative = tx.create(Initiative, {
        title: i.title,
        description: i.description,
        department,
        fundRound: round,
        requestedAmount: i.requestedAmount,
        contactName: i.contactName ?? null,
        contactEmail: i.contactEmail ?? null,
        currentSituation: i.currentSituation ?? null,
        problem: i.problem ?? null,
        desiredSituation: i.desiredSituation ?? null,
        expectedEffects: i.expectedEffects ?? null,
        risks: i.risks ?? null,
        dependencies: i.dependencies ?? null,
        coFinancing: i.coFinancing ?? null,
        plannedStart: i.plannedStart ?? null,
        plannedEnd: i.plannedEnd ?? null,
        handlesPersonalData: i.handlesPersonalData ?? null,
        confidentialityLevel: i.confidentialityLevel ?? null,
        integrityLevel: i.integrityLevel ?? null,
        availabilityLevel: i.availabilityLevel ?? null,
        dpiaStatus: i.dpiaStatus ?? null,
        status: path[path.length - 1] as Status,
        anchoredAt: anchored ?? null,
        anchoredById: anchored ? (head?.id ?? null) : null,
        createdAt: at,
        updatedAt: entered[entered.length - 1] ?? at,
      });
      path.forEach((status, step) => {
        const actor = status === 'SUBMITTED' ? head : status === 'IN_PREPARATION' || status === 'PREPARED' ? analyst : undefined;
        tx.create(StatusInterval, {
          initiative,
          status: status as Status,
          enteredAt: entered[step] as Date,
          leftAt: entered[step + 1] ?? null,
          actorId: actor?.id ?? null,
          actorName: actor?.displayName ?? null,
        });
      });
      // the applicant's calculation and, in preparation, the portfolio office's reviewed one
      const calculations = i.calculations ?? DEMO_CALCULATIONS[i.title];
      const params = parametersOf(round);
      const addCalculation = (kind: CalculationKind, sheet: CalculationSheet, by: User | undefined, at: Date) => {
        const valid = validateSheet(sheet, params);
        if (!valid.ok) throw new Error(`Demo calculation of ${i.title} is invalid: ${JSON.stringify(valid.errors)}`);
        const calc = tx.create(BenefitCalculation, {
          initiative,
          kind,
          ...calculatedFields(valid.value, params),
          updatedById: by?.id ?? null,
          updatedByName: by?.displayName ?? null,
          createdAt: at,
          updatedAt: at,
        });
        initiative.calculations.add(calc);
      };
      if (calculations) {
        const applicant = users.find((u) => u.seed.roles.some((r) => r.role === 'APPLICANT' && r.departmentCode === i.departmentCode))?.user;
        addCalculation(CalculationKind.APPLICANT, calculations.applicant, applicant, at);
        const reviewAt = path.includes('IN_PREPARATION') ? entered[path.indexOf('IN_PREPARATION')] : undefined;
        if (calculations.reviewed && reviewAt) addCalculation(CalculationKind.REVIEWED, calculations.reviewed, analyst, reviewAt);
      }
      refreshInitiativeFigures(initiative);
      // the prepared ones are assessed: scores by the portfolio office and the management group, must-requirements answered
      const assessment = (i.status ?? 'DRAFT') === 'PREPARED' ? DEMO_ASSESSMENTS[i.title] : undefined;
      const criteriaSet = criteriaOf.get(i.fundRoundCode);
      if (assessment && criteriaSet) {
        const preparedAt = entered[entered.length - 1] ?? at;
        const addAssessment = (who: User | undefined, entry: (typeof assessment)['analyst'] | undefined) => {
          if (!who || !entry) return;
          const scores = DEMO_CRITERIA_ORDER.map((criterionId, k) => ({ criterionId, score: entry.scores[k] ?? null, comment: null }));
          const valid = validateAssessment({ reviewerId: who.id, scores, comment: entry.comment }, criteriaSet.criteria);
          if (!valid.ok) throw new Error(`Demo assessment of ${i.title} is invalid: ${JSON.stringify(valid.errors)}`);
          tx.create(AssessmentRecord, { initiative, reviewer: who, reviewerName: who.displayName, criteriaSet, scores, comment: entry.comment, createdAt: preparedAt, updatedAt: preparedAt });
        };
        addAssessment(analyst, assessment.analyst);
        addAssessment(managementGroup, assessment.managementGroup);
        const failed = assessment.failedRequirement;
        if (failed && !criteriaSet.mustRequirements.some((r) => r.id === failed.id)) throw new Error(`Demo data refers to an unknown must-requirement ${failed.id}`);
        tx.create(EligibilityReview, {
          initiative,
          answers: criteriaSet.mustRequirements.map((r) =>
            r.id === failed?.id ? { requirementId: r.id, met: false, comment: failed.comment } : { requirementId: r.id, met: true, comment: null },
          ),
          updatedById: analyst?.id ?? null,
          updatedByName: analyst?.displayName ?? null,
          createdAt: preparedAt,
          updatedAt: preparedAt,
        });
      }
      for (const code of i.goalAreaCodes) {
        const goal = goalAreas.get(code);
        if (!goal) throw new Error(`Demo data refers to an unknown goal area ${code}`);
        initiative.goalAreas.add(goal);
      }
    });
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
