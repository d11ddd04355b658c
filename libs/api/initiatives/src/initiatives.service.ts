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
import { InitiativeOrderField, OrderDirection, type CreateInitiativeInput, type InitiativeFilter, type InitiativeOrder, type UpdateInitiativeInput } from './dto/initiative.inputs.js';
import type { InitiativeConnection } from './dto/initiative-connection.js';

export const MAX_PAGE_SIZE = 100;

/** The sortable columns; the figures are those of the calculation in force (null without one). */
const ORDER_PROPERTY = {
  [InitiativeOrderField.CREATED_AT]: 'createdAt',
  [InitiativeOrderField.NPV]: 'npv',
  [InitiativeOrderField.BENEFIT_COST_RATIO]: 'benefitCostRatio',
  [InitiativeOrderField.NPV_PER_KRONA]: 'npvPerKrona',
  [InitiativeOrderField.REQUESTED_AMOUNT]: 'requestedAmount',
} as const;
const NULL_KEY = '-';
const DEFAULT_ORDER: InitiativeOrder = { field: InitiativeOrderField.CREATED_AT, direction: OrderDirection.DESC };

type SortValue = Date | number | null;

/** The sort value of a row as it is written into a cursor, and back. */
function cursorValue(value: SortValue): string | number {
  if (value === null) return NULL_KEY;
  return value instanceof Date ? value.toISOString() : value;
}

function parseCursorValue(field: InitiativeOrderField, raw: unknown): SortValue | undefined {
  if (field === InitiativeOrderField.CREATED_AT) {
    const at = typeof raw === 'string' ? new Date(raw) : undefined;
    return at && !Number.isNaN(at.getTime()) ? at : undefined;
  }
  if (raw === NULL_KEY && field !== InitiativeOrderField.REQUESTED_AMOUNT) return null;
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
}

/**
 * Rows after the cursor in the order (value, id), both in the given direction, with nulls last:
 * after a value come greater (or smaller) values, equal values with a later id, then every null; after
 * a null only nulls with a later id.
 */
function afterCursor(prop: string, direction: OrderDirection, value: SortValue, id: string): FilterQuery<Initiative> {
  const beyond = direction === OrderDirection.DESC ? '$lt' : '$gt';
  if (value === null) return { [prop]: null, id: { [beyond]: id } } as FilterQuery<Initiative>;
  return {
    $or: [{ [prop]: { [beyond]: value } }, { [prop]: value, id: { [beyond]: id } }, ...(prop === 'createdAt' || prop === 'requestedAmount' ? [] : [{ [prop]: null }])],
  } as FilterQuery<Initiative>;
}

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

  /** Keyset pagination, newest first unless ordered otherwise, ties broken by id: stable across inserts. */
  async list(
    filter: InitiativeFilter | undefined,
    first: number,
    after: string | undefined,
    actor: RequestActor,
    order: InitiativeOrder = DEFAULT_ORDER,
  ): Promise<InitiativeConnection> {
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

    const prop = ORDER_PROPERTY[order.field];
    let page: FilterQuery<Initiative> = where;
    if (after) {
      const key = decodeCursor(after, 3);
      const [field, raw, id] = key ?? [];
      const value = field === order.field ? parseCursorValue(order.field, raw) : undefined;
      if (value === undefined || typeof id !== 'string' || !isUuid(id)) {
        throw badUserInput('after', 'INVALID_CURSOR', 'The cursor is not valid; start again from the first page');
      }
      page = { $and: [where, afterCursor(prop, order.direction, value, id)] };
    }
    const direction = order.direction === OrderDirection.DESC ? 'desc' : 'asc';
    const rows = await this.em.find(Initiative, page, {
      orderBy: [{ [prop]: `${direction} nulls last` }, { id: direction }],
      limit: first + 1,
    });
    const hasNextPage = rows.length > first;
    const nodes = hasNextPage ? rows.slice(0, first) : rows;
    const edges = nodes.map((node) => ({ node, cursor: encodeCursor([order.field, cursorValue(node[prop]), node.id]) }));
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
