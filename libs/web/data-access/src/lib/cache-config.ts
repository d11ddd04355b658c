import type { CacheExchangeOpts, Cache } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';

/** Drops every cached `Query.initiatives(...)` page so lists refetch on their next read. */
export function invalidateInitiativeLists(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'initiatives') {
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    }
  }
}

/** Drops every cached `Query.portfolio(...)` (scores, eligibility and budgets are computed there). */
export function invalidatePortfolios(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'portfolio' || field.fieldName === 'optimisePortfolio' || field.fieldName === 'efficientFrontier') {
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    }
  }
}

/** Drops every round's scenario list and proposal (a proposal mark moves between scenarios of a round). */
function invalidateAllRoundScenarios(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'fundRounds') continue;
    const rounds = cache.resolve('Query', field.fieldKey);
    if (!Array.isArray(rounds)) continue;
    for (const round of rounds) {
      if (typeof round !== 'string') continue;
      cache.invalidate(round, 'scenarios');
      cache.invalidate(round, 'proposal');
    }
  }
}

/** The keys of the fund rounds in the cache: those listed by `Query.fundRounds` and those of cached meetings. */
function cachedRoundKeys(cache: Cache): Set<string> {
  const keys = new Set<string>();
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'fundRounds') {
      const rounds = cache.resolve('Query', field.fieldKey);
      if (Array.isArray(rounds)) for (const round of rounds) if (typeof round === 'string') keys.add(round);
    } else if (field.fieldName === 'meeting') {
      const meeting = cache.resolve('Query', field.fieldKey);
      const round = typeof meeting === 'string' ? cache.resolve(meeting, 'fundRound') : null;
      if (typeof round === 'string') keys.add(round);
    }
  }
  return keys;
}

/**
 * A recorded decision changes what the fund has committed, the agendas (and decision counts) of the
 * meetings, the portfolio (the initiative is no longer prepared), the lists' statuses and the initiative's
 * own decisions and history: read them again when next shown.
 */
function invalidateAfterDecision(cache: Cache, args: Record<string, unknown>): void {
  invalidateInitiativeLists(cache);
  invalidatePortfolios(cache);
  for (const round of cachedRoundKeys(cache)) {
    cache.invalidate(round, 'commitment');
    cache.invalidate(round, 'meetings');
  }
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'meeting') continue;
    const meeting = cache.resolve('Query', field.fieldKey);
    if (typeof meeting === 'string') cache.invalidate(meeting, 'agenda');
  }
  const input = args['input'] as { initiativeId?: unknown } | undefined;
  if (typeof input?.initiativeId === 'string') {
    for (const fieldName of ['decisions', 'statusHistory', 'history', 'availableActions']) {
      cache.invalidate({ __typename: 'Initiative', id: input.initiativeId }, fieldName);
    }
  }
}

function invalidateRoundScenarios(cache: Cache, args: Record<string, unknown>): void {
  const input = args['input'] as { fundRoundId?: unknown } | undefined;
  if (typeof input?.fundRoundId === 'string') {
    cache.invalidate({ __typename: 'FundRound', id: input.fundRoundId }, 'scenarios');
    cache.invalidate({ __typename: 'FundRound', id: input.fundRoundId }, 'proposal');
  } else invalidateAllRoundScenarios(cache);
}

/**
 * Normalised cache configuration (schema-aware: the schema comes from the generated introspection).
 * Entities with an `id` use the default key; the Relay connection wrappers have no identity and are
 * embedded in their parent field.
 */
export const cacheConfig: Omit<CacheExchangeOpts, 'schema'> = {
  keys: {
    InitiativeConnection: () => null,
    InitiativeEdge: () => null,
    PageInfo: () => null,
    // a user's role grants have no identity of their own: they live inside their User
    RoleGrant: () => null,
    // an initiative's steps and status intervals have no identity of their own: they live inside their Initiative
    AvailableActionType: () => null,
    StatusInterval: () => null,
    // the audit log's connection wrappers and field changes are embedded in their entry / query field
    AuditEntryConnection: () => null,
    AuditEntryEdge: () => null,
    AuditPageInfo: () => null,
    FieldChange: () => null,
    // a calculation's lines have ids only within their calculation (the reviewed copy keeps the applicant's
    // line ids), so they must not be normalised across calculations; the rest has no identity of its own
    CostLine: () => null,
    BenefitLine: () => null,
    YearAmount: () => null,
    RealisationPlan: () => null,
    BenefitFigures: () => null,
    CalculationParameters: () => null,
    CalculationYear: () => null,
    BenefitSensitivity: () => null,
    // criteria and must-requirements have ids only within their criteria set (every version and round
    // reuses them), so they live inside their CriteriaSet; the rest of the prioritisation has no identity
    Criterion: () => null,
    MustRequirement: () => null,
    ScaleLevel: () => null,
    CriterionScore: () => null,
    MustAnswer: () => null,
    InitiativeScore: () => null,
    CriterionAggregate: () => null,
    Eligibility: () => null,
    FailedRequirement: () => null,
    UnansweredRequirement: () => null,
    Portfolio: () => null,
    PortfolioItem: () => null,
    OptimisationResult: () => null,
    ConstraintUse: () => null,
    ItemExplanation: () => null,
    FrontierPoint: () => null,
    ScenarioSettings: () => null,
    ScenarioResult: () => null,
    // a round's delegation order (delegationsordning) has no identity of its own: it lives inside its FundRound
    DelegationRule: () => null,
    // issue 6: Meeting, Decision and MeetingRef are keyed by their id (the default); an agenda item lives
    // inside its Meeting, and the fund's commitment figures inside their FundRound
    AgendaItem: () => null,
    BudgetCommitment: () => null,
    YearCommitment: () => null,
  },
  resolvers: {
    Query: {
      // pages fetched with `after` are merged into one list for the same filter
      initiatives: relayPagination(),
    },
  },
  updates: {
    Mutation: {
      // a new initiative belongs to lists we cannot place it in reliably (filters, order): refetch them
      createInitiative: (_result, _args, cache) => invalidateInitiativeLists(cache),
      // a changed department or fund round moves the initiative between filtered lists
      updateInitiative: (_result, _args, cache) => invalidateInitiativeLists(cache),
      // a step in the process changes the status the lists show and filter by
      transitionInitiative: (_result, _args, cache) => invalidateInitiativeLists(cache),
      // a saved calculation changes the figures (NPV, …) the lists show and sort by
      saveBenefitCalculation: (_result, _args, cache) => invalidateInitiativeLists(cache),
      // a new comment belongs in its initiative's list of comments: read it again
      addComment: (_result, args, cache) => {
        const initiativeId = typeof args['initiativeId'] === 'string' ? args['initiativeId'] : null;
        if (initiativeId) cache.invalidate({ __typename: 'Initiative', id: initiativeId }, 'comments');
      },
      // new round parameters recalculate every calculation of the round not frozen by a decision: the lists'
      // figures and any initiative read before are stale, so read them again when next shown
      updateCalculationParameters: (_result, _args, cache) => {
        invalidateInitiativeLists(cache);
        for (const field of cache.inspectFields('Query')) {
          if (field.fieldName === 'initiative') cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
        }
      },
      // scores, must-requirement answers, criteria and capacities change the portfolio's figures and eligibility
      saveAssessment: (_result, _args, cache) => invalidatePortfolios(cache),
      saveEligibilityReview: (_result, _args, cache) => invalidatePortfolios(cache),
      // a change of a frozen set is a new version: the round's current set and its list of versions change
      updateCriteriaSet: (_result, args, cache) => {
        invalidatePortfolios(cache);
        if (typeof args['fundRoundId'] === 'string') {
          cache.invalidate({ __typename: 'FundRound', id: args['fundRoundId'] }, 'criteriaSet');
          cache.invalidate({ __typename: 'FundRound', id: args['fundRoundId'] }, 'criteriaSets');
        }
      },
      updateRoundCapacity: (_result, _args, cache) => invalidatePortfolios(cache),
      // a new or deleted scenario belongs in (or leaves) its round's list; a proposal moves the mark
      saveScenario: (_result, args, cache) => invalidateRoundScenarios(cache, args),
      deleteScenario: (_result, _args, cache) => invalidateAllRoundScenarios(cache),
      proposeScenario: (_result, _args, cache) => invalidateAllRoundScenarios(cache),
      withdrawProposal: (_result, _args, cache) => invalidateAllRoundScenarios(cache),
      // a new account belongs in the administrators' list of users
      createUser: (_result, _args, cache) => cache.invalidate('Query', 'users'),
      // a new meeting belongs in its round's list; a changed date may move a meeting in the lists
      createMeeting: (_result, args, cache) => {
        if (typeof args['fundRoundId'] === 'string') cache.invalidate({ __typename: 'FundRound', id: args['fundRoundId'] }, 'meetings');
      },
      updateMeeting: (_result, _args, cache) => {
        for (const round of cachedRoundKeys(cache)) cache.invalidate(round, 'meetings');
      },
      recordDecision: (_result, args, cache) => invalidateAfterDecision(cache, args),
    },
  },
};
