import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery, OptimisticLockError, ref } from '@mikro-orm/postgresql';
import {
  checkRequestedAmountWithinBudget,
  validateCreateInitiative,
  validateUpdateInitiative,
  type FieldError,
} from '@dp/domain/initiatives';
import { badUserInput, conflict, decodeCursor, encodeCursor, isUuid, notFound, ValidationFailed } from '@dp/api/common';
import { Department, FundRound, GoalArea, Initiative } from '@dp/api/database';
import type { CreateInitiativeInput, InitiativeFilter, UpdateInitiativeInput } from './dto/initiative.inputs.js';
import type { InitiativeConnection } from './dto/initiative-connection.js';

export const MAX_PAGE_SIZE = 100;

interface References {
  department?: Department;
  fundRound?: FundRound;
  goalAreas?: GoalArea[];
}

/** Use cases of initiatives. Every write is one transaction. */
@Injectable()
export class InitiativesService {
  constructor(private readonly em: EntityManager) {}

  async findOne(id: string): Promise<Initiative | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(Initiative, { id });
  }

  /** Keyset pagination, newest first, ties broken by id: stable across inserts. */
  async list(filter: InitiativeFilter | undefined, first: number, after: string | undefined): Promise<InitiativeConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw badUserInput('first', 'OUT_OF_RANGE', `first must be between 1 and ${MAX_PAGE_SIZE}`);
    }
    const where: FilterQuery<Initiative> = {};
    for (const key of ['fundRoundId', 'departmentId'] as const) {
      const value = filter?.[key];
      if (value !== undefined && value !== null && !isUuid(value)) {
        throw badUserInput(`filter.${key}`, 'UNKNOWN_REFERENCE');
      }
    }
    if (filter?.fundRoundId) where.fundRound = filter.fundRoundId;
    if (filter?.departmentId) where.department = filter.departmentId;
    if (filter?.status) where.status = filter.status;

    const totalCount = await this.em.count(Initiative, where);

    let page: FilterQuery<Initiative> = where;
    if (after) {
      const key = decodeCursor(after, 2);
      const [at, id] = key ?? [];
      const createdAt = typeof at === 'string' ? new Date(at) : undefined;
      if (!createdAt || Number.isNaN(createdAt.getTime()) || typeof id !== 'string' || !isUuid(id)) {
        throw badUserInput('after', 'INVALID_CURSOR', 'The cursor is not valid; start again from the first page');
      }
      page = { $and: [where, { $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id } }] }] };
    }
    const rows = await this.em.find(Initiative, page, {
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      limit: first + 1,
    });
    const hasNextPage = rows.length > first;
    const nodes = hasNextPage ? rows.slice(0, first) : rows;
    const edges = nodes.map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
    return {
      totalCount,
      edges,
      pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async create(input: CreateInitiativeInput): Promise<Initiative> {
    const valid = validateCreateInitiative(input);
    if (!valid.ok) throw new ValidationFailed(valid.errors);
    const data = valid.value;
    return this.em.transactional(async (em) => {
      const refs = await this.loadReferences(em, data);
      const round = refs.fundRound as FundRound;
      const issues = checkRequestedAmountWithinBudget(data.requestedAmount, round.budget);
      if (issues.length) throw new ValidationFailed(issues);
      const initiative = em.create(Initiative, {
        title: data.title,
        description: data.description,
        department: refs.department as Department,
        fundRound: round,
        requestedAmount: data.requestedAmount,
      });
      initiative.goalAreas.set(refs.goalAreas ?? []);
      await em.flush();
      return initiative;
    });
  }

  async update(id: string, version: number, input: UpdateInitiativeInput): Promise<Initiative> {
    const valid = validateUpdateInitiative(input);
    if (!valid.ok) throw new ValidationFailed(valid.errors);
    const data = valid.value;
    try {
      return await this.em.transactional(async (em) => {
        const initiative = isUuid(id) ? await em.findOne(Initiative, { id }, { populate: ['fundRound', 'goalAreas'] }) : null;
        if (!initiative) throw notFound('Initiative', id);
        if (initiative.version !== version) throw conflict('Initiative', id, initiative.version);
        const refs = await this.loadReferences(em, data);
        const round = refs.fundRound ?? initiative.fundRound.getEntity();
        const amount = data.requestedAmount ?? initiative.requestedAmount;
        const issues = checkRequestedAmountWithinBudget(amount, round.budget);
        if (issues.length) throw new ValidationFailed(issues);

        if (data.title !== undefined) initiative.title = data.title;
        if (data.description !== undefined) initiative.description = data.description;
        const target: Initiative = initiative;
        if (refs.department) target.department = ref(refs.department);
        if (refs.fundRound) target.fundRound = ref(refs.fundRound);
        if (refs.goalAreas) initiative.goalAreas.set(refs.goalAreas);
        if (data.requestedAmount !== undefined) initiative.requestedAmount = data.requestedAmount;
        await em.flush();
        return initiative;
      });
    } catch (e) {
      if (e instanceof OptimisticLockError) {
        const current = await this.em.fork().findOne(Initiative, { id });
        throw conflict('Initiative', id, current?.version ?? version);
      }
      throw e;
    }
  }

  /** Loads the referenced records; unknown ids are field errors, all reported at once. */
  private async loadReferences(
    em: EntityManager,
    data: { departmentId?: string; fundRoundId?: string; goalAreaIds?: string[] },
  ): Promise<References> {
    const issues: FieldError[] = [];
    const refs: References = {};
    if (data.departmentId !== undefined) {
      refs.department = (isUuid(data.departmentId) && (await em.findOne(Department, { id: data.departmentId }))) || undefined;
      if (!refs.department) issues.push({ field: 'departmentId', code: 'UNKNOWN_REFERENCE' });
    }
    if (data.fundRoundId !== undefined) {
      refs.fundRound = (isUuid(data.fundRoundId) && (await em.findOne(FundRound, { id: data.fundRoundId }))) || undefined;
      if (!refs.fundRound) issues.push({ field: 'fundRoundId', code: 'UNKNOWN_REFERENCE' });
    }
    if (data.goalAreaIds !== undefined) {
      const ids = data.goalAreaIds.filter(isUuid);
      const found = ids.length ? await em.find(GoalArea, { id: { $in: ids } }) : [];
      if (found.length !== data.goalAreaIds.length) issues.push({ field: 'goalAreaIds', code: 'UNKNOWN_REFERENCE' });
      const byId = new Map(found.map((g) => [g.id, g]));
      refs.goalAreas = data.goalAreaIds.map((gid) => byId.get(gid)).filter((g): g is GoalArea => g !== undefined);
    }
    if (issues.length) throw new ValidationFailed(issues);
    return refs;
  }
}
