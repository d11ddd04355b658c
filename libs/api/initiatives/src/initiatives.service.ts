import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery , ref } from '@mikro-orm/postgresql';
import {
  checkRequestedAmountWithinBudget,
  validateCreateInitiative,
  validateUpdateInitiative,
  type FieldError,
} from '@dp/domain/initiatives';
import { badUserInput, conflict, decodeCursor, encodeCursor, forbidden, isUuid, notFound, ValidationFailed, withOptimisticLock, type RequestActor } from '@dp/api/common';
import { canCreate, canEdit, canView, visibility } from '@dp/domain/workflow';
import { Department, FundRound, GoalArea, Initiative, StatusInterval } from '@dp/api/database';
import type { CreateInitiativeInput, InitiativeFilter, UpdateInitiativeInput } from './dto/initiative.inputs.js';
import type { InitiativeConnection } from './dto/initiative-connection.js';

export const MAX_PAGE_SIZE = 100;

interface References {
  department?: Department;
  fundRound?: FundRound;
  goalAreas?: GoalArea[];
}

type Details = Partial<Record<(typeof DETAIL_FIELDS)[number], unknown>>;
const DETAIL_FIELDS = [
  'contactName',
  'contactEmail',
  'currentSituation',
  'problem',
  'desiredSituation',
  'expectedEffects',
  'risks',
  'dependencies',
  'coFinancing',
  'plannedStart',
  'plannedEnd',
  'handlesPersonalData',
  'confidentialityLevel',
  'integrityLevel',
  'availabilityLevel',
  'dpiaStatus',
] as const;

/** Copies the given application fields; '' clears a text or date. */
function applyDetails(initiative: Initiative, data: Details): void {
  const target = initiative as unknown as Record<string, unknown>;
  for (const key of DETAIL_FIELDS) {
    const value = data[key];
    if (value === undefined) continue;
    target[key] = value === '' ? null : value;
  }
}

/** Use cases of initiatives. Every write is one transaction. */
@Injectable()
export class InitiativesService {
  constructor(private readonly em: EntityManager) {}

  /** null also when the actor may not see it: existence is not revealed. */
  async findOne(id: string, actor: RequestActor): Promise<Initiative | null> {
    if (!isUuid(id)) return null;
    const initiative = await this.em.findOne(Initiative, { id });
    return initiative && canView(actor, { departmentId: initiative.department.id }) ? initiative : null;
  }

  /** Keyset pagination, newest first, ties broken by id: stable across inserts. */
  async list(filter: InitiativeFilter | undefined, first: number, after: string | undefined, actor: RequestActor): Promise<InitiativeConnection> {
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
    const visible = visibility(actor);
    if (!visible.all) {
      const allowed = filter?.departmentId ? visible.departmentIds.filter((d) => d === filter.departmentId) : visible.departmentIds;
      where.department = { $in: allowed };
    }

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

  async create(input: CreateInitiativeInput, actor: RequestActor): Promise<Initiative> {
    const valid = validateCreateInitiative(input);
    if (!valid.ok) throw new ValidationFailed(valid.errors);
    const data = valid.value;
    return this.em.transactional(async (em) => {
      const refs = await this.loadReferences(em, data);
      const may = canCreate(actor, data.departmentId);
      if (!may.ok) throw forbidden(may.reason, 'Only an applicant of the department may create its initiatives');
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
      applyDetails(initiative, data);
      em.create(StatusInterval, {
        initiative,
        status: initiative.status,
        enteredAt: initiative.createdAt,
        actorId: actor.userId,
        actorName: actor.displayName,
      });
      await em.flush();
      return initiative;
    });
  }

  async update(id: string, version: number, input: UpdateInitiativeInput, actor: RequestActor): Promise<Initiative> {
    const valid = validateUpdateInitiative(input);
    if (!valid.ok) throw new ValidationFailed(valid.errors);
    const data = valid.value;
    return withOptimisticLock(
      'Initiative',
      id,
      version,
      () =>
        this.em.transactional(async (em) => {
          const initiative = isUuid(id) ? await em.findOne(Initiative, { id }, { populate: ['fundRound', 'goalAreas'] }) : null;
          if (!initiative || !canView(actor, { departmentId: initiative.department.id })) throw notFound('Initiative', id);
          const may = canEdit(actor, { departmentId: initiative.department.id, status: initiative.status });
          if (!may.ok) throw forbidden(may.reason, 'You may not edit this initiative now');
          if (data.departmentId !== undefined && data.departmentId !== initiative.department.id) {
            const move = canCreate(actor, data.departmentId);
            if (!move.ok) throw forbidden(move.reason, 'You may not move the initiative to that department');
          }
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
          applyDetails(initiative, data);
          await em.flush();
          return initiative;
        }),
      async () => (await this.em.fork().findOne(Initiative, { id }))?.version,
    );
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
