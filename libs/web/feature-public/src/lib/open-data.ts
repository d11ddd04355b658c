/**
 * The open data of the fund's decisions (offentlighetsprincipen): plain REST without sign-in, read with
 * `fetch`. Only the fields named here are read from the answers, so a field the server might add (a
 * contact person, the decision maker's name) never reaches the page: no personal data is shown.
 */

/** The stable addresses of the open data. */
export const OPEN_DATA_PATHS = {
  /** every round with decisions: `[{code, name, year, budget, granted, decidedCount}]` */
  rounds: '/api/open-data/fund-rounds.json',
  /** one round's decisions: `{round, decisions}` */
  decisions: (code: string) => `/api/open-data/fund-rounds/${encodeURIComponent(code)}/decisions.json`,
  /** the same as CSV for Swedish Excel */
  decisionsCsv: (code: string) => `/api/open-data/fund-rounds/${encodeURIComponent(code)}/decisions.csv`,
} as const;

export const PUBLIC_OUTCOMES = ['GRANTED', 'REJECTED', 'DEFERRED', 'RETURNED'] as const;
export type PublicOutcome = (typeof PUBLIC_OUTCOMES)[number];

/** A round as the open data lists it. */
export interface PublicRound {
  code: string;
  name: string;
  year: number;
  /** whole kronor */
  budget: number;
  /** the sum granted, whole kronor */
  granted: number;
  decidedCount: number;
}

export interface PublicYearAmount {
  year: number;
  amount: number;
}

/** A decision as the open data publishes it. */
export interface PublicDecision {
  initiativeId: string;
  title: string;
  /** the department's name (förvaltning) */
  department: string;
  /** the management object (förvaltningsobjekt); null until PM3 objects exist */
  object: string | null;
  outcome: PublicOutcome;
  grantedAmount: number | null;
  amountsByYear: PublicYearAmount[];
  expectedEffects: string | null;
  /** the initiative's status code now (GRANTED, IN_PROGRESS, …) */
  status: string;
  /** YYYY-MM-DD */
  decidedOn: string;
  /** diarienummer */
  registrationNumber: string;
}

export interface PublicRoundDecisions {
  round: { code: string; name: string; year: number; budget: number };
  decisions: PublicDecision[];
}

/** The answer was not what the open data promises. */
export class OpenDataFormatError extends Error {
  constructor(what: string) {
    super(`Unexpected open data: ${what}`);
    this.name = 'OpenDataFormatError';
  }
}

/** The server answered with an error status (404: no such round). */
export class OpenDataHttpError extends Error {
  constructor(readonly status: number) {
    super(`Open data request failed with HTTP ${status}`);
    this.name = 'OpenDataHttpError';
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(o: Json, key: string): string {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw new OpenDataFormatError(`${key} is not a text`);
}

function optionalText(o: Json, key: string): string | null {
  const v = o[key];
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  throw new OpenDataFormatError(`${key} is not a text`);
}

function number(o: Json, key: string): number {
  const v = o[key];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw new OpenDataFormatError(`${key} is not a number`);
}

function optionalNumber(o: Json, key: string): number | null {
  const v = o[key];
  return v === null || v === undefined ? null : number(o, key);
}

/** a name given as a text or as `{name}` (the department, the object) */
function name(o: Json, key: string): string | null {
  const v = o[key];
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (isObject(v) && typeof v['name'] === 'string') return v['name'];
  throw new OpenDataFormatError(`${key} is not a name`);
}

function readRound(value: unknown): PublicRound {
  if (!isObject(value)) throw new OpenDataFormatError('a round is not an object');
  return {
    code: text(value, 'code'),
    name: text(value, 'name'),
    year: number(value, 'year'),
    budget: number(value, 'budget'),
    granted: optionalNumber(value, 'granted') ?? 0,
    decidedCount: optionalNumber(value, 'decidedCount') ?? 0,
  };
}

/** Reads `fund-rounds.json`: the rounds, newest first. */
export function readRounds(json: unknown): PublicRound[] {
  // the list itself, or wrapped as `{rounds: [...]}`
  const list = Array.isArray(json) ? json : isObject(json) && Array.isArray(json['rounds']) ? json['rounds'] : null;
  if (!list) throw new OpenDataFormatError('the rounds are not a list');
  return list.map(readRound).sort((a, b) => b.year - a.year || a.name.localeCompare(b.name, 'sv'));
}

function readYearAmounts(value: unknown): PublicYearAmount[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new OpenDataFormatError('amountsByYear is not a list');
  return value
    .map((y) => {
      if (!isObject(y)) throw new OpenDataFormatError('a year amount is not an object');
      return { year: number(y, 'year'), amount: number(y, 'amount') };
    })
    .sort((a, b) => a.year - b.year);
}

function readOutcome(value: Json): PublicOutcome {
  const v = value['outcome'];
  if (typeof v === 'string' && (PUBLIC_OUTCOMES as readonly string[]).includes(v)) return v as PublicOutcome;
  throw new OpenDataFormatError('outcome is unknown');
}

/** One decision: only the published fields, whatever else the answer holds. */
export function readDecision(value: unknown): PublicDecision {
  if (!isObject(value)) throw new OpenDataFormatError('a decision is not an object');
  return {
    initiativeId: text(value, 'initiativeId'),
    title: text(value, 'title'),
    department: name(value, 'department') ?? '',
    object: name(value, 'object'),
    outcome: readOutcome(value),
    grantedAmount: optionalNumber(value, 'grantedAmount'),
    amountsByYear: readYearAmounts(value['amountsByYear']),
    expectedEffects: optionalText(value, 'expectedEffects'),
    status: text(value, 'status'),
    decidedOn: text(value, 'decidedOn'),
    registrationNumber: text(value, 'registrationNumber'),
  };
}

/** Reads `decisions.json`: the round and its decisions, by title (as the CSV file has them). */
export function readRoundDecisions(json: unknown): PublicRoundDecisions {
  if (!isObject(json) || !isObject(json['round']) || !Array.isArray(json['decisions'])) throw new OpenDataFormatError('not a round with decisions');
  const round = json['round'];
  return {
    round: { code: text(round, 'code'), name: text(round, 'name'), year: number(round, 'year'), budget: number(round, 'budget') },
    decisions: json['decisions']
      .map(readDecision)
      .sort((a, b) => a.title.localeCompare(b.title, 'sv') || b.decidedOn.localeCompare(a.decidedOn)),
  };
}

/** GETs open data as JSON and reads it; an error status rejects with OpenDataHttpError. */
export async function fetchOpenData<T>(path: string, read: (json: unknown) => T, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, credentials: 'omit', ...(signal ? { signal } : {}) });
  if (!response.ok) throw new OpenDataHttpError(response.status);
  return read(await response.json());
}

/** The sum granted per year over the granted decisions, in year order. */
export function grantedByYear(decisions: readonly PublicDecision[]): PublicYearAmount[] {
  const sums = new Map<number, number>();
  for (const d of decisions) {
    if (d.outcome !== 'GRANTED') continue;
    for (const y of d.amountsByYear) sums.set(y.year, (sums.get(y.year) ?? 0) + y.amount);
  }
  return [...sums.entries()].sort(([a], [b]) => a - b).map(([year, amount]) => ({ year, amount }));
}

/** The sum of the granted amounts. */
export function grantedTotal(decisions: readonly PublicDecision[]): number {
  return decisions.reduce((sum, d) => sum + (d.outcome === 'GRANTED' ? (d.grantedAmount ?? 0) : 0), 0);
}

/** The round a visitor sees first: the newest with decisions, else the newest. */
export function defaultPublicRound(rounds: readonly PublicRound[]): PublicRound | undefined {
  return rounds.find((r) => r.decidedCount > 0) ?? rounds[0];
}
