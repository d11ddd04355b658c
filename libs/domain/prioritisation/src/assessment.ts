/**
 * bedömningskriterier och ska-krav: the criteria a fund round's applications are scored on (each with a
 * weight and an anchored scale, every level described), the must-requirements an application has to
 * meet to be eligible at all, and the versioning that freezes them once a scenario is proposed.
 *
 * The defaults follow Malmö's priorities for common IT (better quality of service for residents, lower
 * costs for the departments, better work environment) plus strategic fit, feasibility/risk and
 * urgency/legal requirement from the product brief. Every round gets its own copy and may change names,
 * weights and scales until the set is frozen.
 *
 * The same functions run in the browser (administration form, live weights) and in the API (stored
 * version, validation, fingerprint), so both agree.
 */
import { z } from 'zod';
import { toIndexedFieldErrors, type FieldError, type ValidationCode } from '@dp/domain/initiatives';
import { canonicalJson, sha256Hex } from './assessment-hash.js';

/** One described step of a criterion's scale (förankrad skala). */
export interface ScaleLevel {
  /** the score given, an integer; the levels of a scale are consecutive (e.g. 0, 1, 2, 3, 4) */
  value: number;
  /** short name of the level, e.g. "Stor" */
  label: string;
  /** what an application must show to get this level */
  description: string;
}

/** bedömningskriterium */
export interface Criterion {
  /** stable id (kept between versions, so scores and comparisons can refer to it) */
  id: string;
  name: string;
  description: string;
  /** relative weight, ≥ 0; only the proportions matter (20/20/10 is the same as 0.4/0.4/0.2) */
  weight: number;
  /** ascending, consecutive levels; the lowest level counts 0 % and the highest 100 % of the weight */
  scale: readonly ScaleLevel[];
}

/** ska-krav: an application that does not meet one is not eligible */
export interface MustRequirement {
  id: string;
  name: string;
  description: string;
}

/** What a round scores and requires: its criteria and its must-requirements. */
export interface CriteriaSet {
  criteria: readonly Criterion[];
  mustRequirements: readonly MustRequirement[];
}

export const CRITERIA_LIMITS = {
  criteriaMin: 1,
  /** the AHP random index is tabulated up to 15, so pairwise weighting works for every valid set */
  criteriaMax: 15,
  idMax: 64,
  nameMax: 200,
  descriptionMax: 2000,
  levelsMin: 2,
  levelsMax: 11,
  levelValueMin: -100,
  levelValueMax: 100,
  weightMax: 1_000_000,
  mustRequirementsMax: 30,
} as const;

// ---------------------------------------------------------------------------------------------------
// Defaults

const level = (value: number, label: string, description: string): ScaleLevel => ({ value, label, description });

/**
 * The default criteria (weights in percent, 100 in all), each on a described 0–4 scale where a higher
 * score is always better (for feasibility and risk: more feasible, lower risk).
 */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  {
    id: 'quality-for-residents',
    name: 'Bättre kvalitet i service till invånarna',
    description:
      'Hur mycket initiativet förbättrar servicen till invånare, företag och besökare: tillgänglighet, enkelhet, snabbhet och rättssäkerhet.',
    weight: 20,
    scale: [
      level(0, 'Ingen', 'Ingen märkbar förbättring för invånarna.'),
      level(1, 'Liten', 'Liten förbättring för en begränsad grupp eller i en enstaka kontakt med kommunen.'),
      level(2, 'Måttlig', 'Tydlig förbättring för en avgränsad målgrupp, till exempel kortare handläggningstid eller en ny e-tjänst.'),
      level(3, 'Stor', 'Stor förbättring för en bred målgrupp eller i en tjänst med många ärenden.'),
      level(4, 'Mycket stor', 'Mycket stor och varaktig förbättring för många invånare; servicen blir väsentligt enklare, snabbare eller mer tillgänglig.'),
    ],
  },
  {
    id: 'lower-costs',
    name: 'Minskade kostnader för förvaltningarna',
    description:
      'Kostnadsminskningar som kan tas hem ur budgeten (budgetpåverkande nytta) och frigjord tid enligt nyttokalkylen, i förhållande till initiativets kostnad.',
    weight: 20,
    scale: [
      level(0, 'Ingen', 'Inga kostnadsminskningar, eller ökade kostnader för förvaltningarna.'),
      level(1, 'Liten', 'Små besparingar eller frigjord tid i liten omfattning.'),
      level(2, 'Måttlig', 'Märkbar frigjord tid eller mindre hemtagningsbara kostnadsminskningar; återbetalningstid över fem år.'),
      level(3, 'Stor', 'Betydande kostnadsminskningar, delvis hemtagningsbara; återbetalningstid tre till fem år.'),
      level(4, 'Mycket stor', 'Stora hemtagningsbara kostnadsminskningar; återbetalningstid under tre år.'),
    ],
  },
  {
    id: 'work-environment',
    name: 'Förbättrad arbetsmiljö',
    description:
      'Hur initiativet påverkar medarbetarnas arbetsmiljö, även den digitala: mindre manuellt och upprepat arbete, färre system att växla mellan och bättre stöd i arbetet.',
    weight: 15,
    scale: [
      level(0, 'Ingen', 'Ingen förbättring, eller försämrad arbetsmiljö.'),
      level(1, 'Liten', 'Liten förbättring för ett fåtal medarbetare.'),
      level(2, 'Måttlig', 'Tydlig förbättring för en arbetsgrupp eller en enhet.'),
      level(3, 'Stor', 'Stor förbättring för en eller flera verksamheter.'),
      level(4, 'Mycket stor', 'Mycket stor förbättring för många medarbetare i flera förvaltningar; minskar belastning och risk för ohälsa.'),
    ],
  },
  {
    id: 'strategic-fit',
    name: 'Strategisk koppling till målområdena',
    description:
      'Hur väl initiativet bidrar till kommunens målområden i Mål och budget, till digitaliseringsstrategin och till förvaltningsobjektets objektsplan.',
    weight: 20,
    scale: [
      level(0, 'Ingen', 'Ingen koppling till något målområde eller till objektsplanen.'),
      level(1, 'Svag', 'Svag eller indirekt koppling till ett målområde.'),
      level(2, 'Tydlig', 'Tydlig koppling till ett målområde eller till en aktivitet i objektsplanen.'),
      level(3, 'Stark', 'Tydlig koppling till flera målområden och till objektsplanen.'),
      level(4, 'Avgörande', 'Avgörande för att nå ett eller flera målområden; utpekat som prioriterat i strategi eller objektsplan.'),
    ],
  },
  {
    id: 'feasibility-risk',
    name: 'Genomförbarhet och risk',
    description:
      'Förutsättningarna att genomföra initiativet och hemta nyttan: mognad, resurser, kompetens, beroenden och teknisk eller juridisk risk. Högre poäng betyder mer genomförbart och lägre risk.',
    weight: 15,
    scale: [
      level(0, 'Mycket låg', 'Mycket osäkert: oklart behov, resurser saknas eller höga risker utan åtgärder.'),
      level(1, 'Låg', 'Betydande risker; viktiga förutsättningar saknas.'),
      level(2, 'Måttlig', 'Måttliga risker; förutsättningarna finns delvis och riskerna är kända.'),
      level(3, 'God', 'Goda förutsättningar; resurser och kompetens finns och riskerna hanteras.'),
      level(4, 'Mycket god', 'Mycket goda förutsättningar; beprövad lösning, säkrade resurser och låg risk.'),
    ],
  },
  {
    id: 'urgency-legal',
    name: 'Angelägenhet eller lagkrav',
    description:
      'Om initiativet krävs av lag, förordning eller avtal, eller om det brådskar, till exempel för att ett system upphör eller för att rätta en säkerhetsbrist.',
    weight: 10,
    scale: [
      level(0, 'Ingen', 'Inget tidskrav; kan genomföras senare utan konsekvenser.'),
      level(1, 'Låg', 'Önskvärt inom några år.'),
      level(2, 'Måttlig', 'Bör genomföras inom ett till två år; en fördröjning ger merkostnader.'),
      level(3, 'Hög', 'Brådskande: ett system upphör, en säkerhetsbrist eller ett krav som börjar gälla inom ett år.'),
      level(4, 'Tvingande', 'Tvingande lagkrav eller myndighetskrav med fastställt datum, eller akut risk för verksamheten.'),
    ],
  },
];

/** The default must-requirements (ska-krav). */
export const DEFAULT_MUST_REQUIREMENTS: readonly MustRequirement[] = [
  {
    id: 'verified-need',
    name: 'Verifierat behov',
    description: 'Behovet är beskrivet och bekräftat av verksamheten (nuläge, problem och önskat läge) – inte en lösning som letar efter ett problem.',
  },
  {
    id: 'benefit-owner',
    name: 'Utsedd nyttoägare',
    description: 'Det finns en namngiven nyttoägare som ansvarar för att nyttan hemtas och följs upp.',
  },
  {
    id: 'running-costs-funded',
    name: 'Finansierad drift och förvaltning',
    description: 'Förvaltningen har finansiering för löpande drift och förvaltning efter leveransen; potten finansierar inte löpande kostnader.',
  },
  {
    id: 'architecture-fit',
    name: 'Passar kommunens arkitektur',
    description:
      'Lösningen följer kommunens arkitekturprinciper och it-miljö (inloggning, integrationer, informationssäkerhet) och dubblerar inte ett system som redan finns i systemregistret.',
  },
];

/** A fresh copy of the defaults for a new round. */
export function defaultCriteriaSet(): CriteriaSet {
  return {
    criteria: DEFAULT_CRITERIA.map((c) => ({ ...c, scale: c.scale.map((l) => ({ ...l })) })),
    mustRequirements: DEFAULT_MUST_REQUIREMENTS.map((r) => ({ ...r })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Weights and scales

/**
 * The weights as shares that sum to 1, in the order of `criteria`: wᵢ / Σw. Throws a RangeError when a
 * weight is negative or not finite, or when all weights are 0 (a validated set never does).
 */
export function normaliseWeights(criteria: readonly Pick<Criterion, 'weight'>[]): number[] {
  let sum = 0;
  for (const c of criteria) {
    if (!Number.isFinite(c.weight) || c.weight < 0) throw new RangeError('normaliseWeights: weights must be finite and ≥ 0');
    sum += c.weight;
  }
  if (!(sum > 0)) throw new RangeError('normaliseWeights: the weights must not all be 0');
  return criteria.map((c) => c.weight / sum);
}

/** The lowest and highest level of a criterion's scale. */
export function scaleRange(criterion: Pick<Criterion, 'scale'>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const l of criterion.scale) {
    min = Math.min(min, l.value);
    max = Math.max(max, l.value);
  }
  return { min, max };
}

// ---------------------------------------------------------------------------------------------------
// Validation (the API refuses what fails here; the administration form shows the same codes)

const code = (c: ValidationCode) => ({ error: c });
const idSchema = z.string(code('REQUIRED')).trim().min(1, code('REQUIRED')).max(CRITERIA_LIMITS.idMax, code('TOO_LONG'));
const nameSchema = z.string(code('REQUIRED')).trim().min(1, code('REQUIRED')).max(CRITERIA_LIMITS.nameMax, code('TOO_LONG'));
const descriptionSchema = z.string(code('REQUIRED')).trim().min(1, code('REQUIRED')).max(CRITERIA_LIMITS.descriptionMax, code('TOO_LONG'));

const levelSchema = z.object({
  value: z
    .number(code('REQUIRED'))
    .int(code('OUT_OF_RANGE'))
    .min(CRITERIA_LIMITS.levelValueMin, code('OUT_OF_RANGE'))
    .max(CRITERIA_LIMITS.levelValueMax, code('OUT_OF_RANGE')),
  label: nameSchema,
  description: descriptionSchema,
});

const scaleSchema = z
  .array(levelSchema, code('REQUIRED'))
  .min(CRITERIA_LIMITS.levelsMin, code('TOO_FEW'))
  .max(CRITERIA_LIMITS.levelsMax, code('TOO_MANY'))
  .superRefine((levels, ctx) => {
    // ascending and consecutive from the first level: 0,1,2,3,4 or 1,2,3,4,5
    const first = levels[0]?.value ?? 0;
    const seen = new Set<number>();
    levels.forEach((l, i) => {
      if (seen.has(l.value)) ctx.addIssue({ code: 'custom', message: 'DUPLICATE', path: [i, 'value'] });
      else if (l.value !== first + i) ctx.addIssue({ code: 'custom', message: 'OUT_OF_RANGE', path: [i, 'value'] });
      seen.add(l.value);
    });
  });

const criterionSchema = z.object({
  id: idSchema,
  name: nameSchema,
  description: descriptionSchema,
  weight: z.number(code('REQUIRED')).min(0, code('NEGATIVE')).max(CRITERIA_LIMITS.weightMax, code('OUT_OF_RANGE')),
  scale: scaleSchema,
});

const mustRequirementSchema = z.object({ id: idSchema, name: nameSchema, description: descriptionSchema });

function uniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: 'DUPLICATE', path: [i, 'id'] });
    seen.add(item.id);
  });
}

export const criteriaSetSchema = z.object({
  criteria: z
    .array(criterionSchema, code('REQUIRED'))
    .min(CRITERIA_LIMITS.criteriaMin, code('TOO_FEW'))
    .max(CRITERIA_LIMITS.criteriaMax, code('TOO_MANY'))
    .superRefine(uniqueIds)
    .superRefine((criteria, ctx) => {
      // only meaningful when every weight is valid (a negative one has its own error)
      const valid = criteria.every((c) => typeof c.weight === 'number' && Number.isFinite(c.weight) && c.weight >= 0);
      if (valid && criteria.reduce((sum, c) => sum + c.weight, 0) <= 0) ctx.addIssue({ code: 'custom', message: 'NOT_POSITIVE', path: [] });
    }),
  mustRequirements: z.array(mustRequirementSchema, code('REQUIRED')).max(CRITERIA_LIMITS.mustRequirementsMax, code('TOO_MANY')).superRefine(uniqueIds),
});

/** zod issues → field errors with the full path (indexes kept: `criteria.2.scale.0.value`), the first per field. */
export const fieldErrorsOf = toIndexedFieldErrors;

export type CriteriaSetValidation =
  | {
      ok: true;
      /** trimmed */
      value: CriteriaSet;
      /** the normalised weights (shares summing to 1), in the order of `value.criteria` */
      weights: number[];
    }
  | { ok: false; errors: FieldError[] };

/**
 * Validates a criteria set: 1–15 criteria with unique ids, weights finite and ≥ 0 with a positive sum
 * (an all-zero set gets `criteria` / NOT_POSITIVE), every scale 2–11 ascending consecutive integer
 * levels each with a label and a description, and must-requirements with unique ids. Errors carry the
 * full path, e.g. `criteria.1.scale.3.value` / OUT_OF_RANGE for a gap in the scale.
 */
export function validateCriteriaSet(input: unknown): CriteriaSetValidation {
  const r = criteriaSetSchema.safeParse(input);
  if (!r.success) return { ok: false, errors: fieldErrorsOf(r.error) };
  return { ok: true, value: r.data, weights: normaliseWeights(r.data.criteria) };
}

// ---------------------------------------------------------------------------------------------------
// Versions and fingerprint

/** Identifies the content and the scoring rules; bump it when the scoring formula changes. */
export const CRITERIA_FINGERPRINT_FORMAT = 'dp-criteria-set/1';

/**
 * A SHA-256 (hex) of the criteria set's content: the format tag above, the criteria sorted by id (id,
 * name, description, raw weight, scale levels with labels and descriptions) and the must-requirements
 * sorted by id, as canonical JSON. The order of the criteria on screen and the round, version number and
 * dates are not part of it, so the same content always gives the same fingerprint. A scenario stores it
 * to prove which criteria its scores were computed with; compare with `verifyCriteriaSetFingerprint`.
 */
export function criteriaSetFingerprint(set: CriteriaSet): string {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const payload = {
    format: CRITERIA_FINGERPRINT_FORMAT,
    criteria: byId(set.criteria).map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      weight: c.weight,
      scale: [...c.scale].sort((a, b) => a.value - b.value).map((l) => ({ value: l.value, label: l.label, description: l.description })),
    })),
    mustRequirements: byId(set.mustRequirements).map((r) => ({ id: r.id, name: r.name, description: r.description })),
  };
  return sha256Hex(canonicalJson(payload));
}

export function verifyCriteriaSetFingerprint(set: CriteriaSet, fingerprint: string): boolean {
  return criteriaSetFingerprint(set) === fingerprint.toLowerCase();
}

export type CriteriaSetStatus = 'DRAFT' | 'FROZEN';

/** One version of a round's criteria set. A FROZEN version never changes again. */
export interface CriteriaSetVersion extends CriteriaSet {
  fundRoundId: string;
  /** 1, 2, … per round */
  version: number;
  status: CriteriaSetStatus;
  /** ISO timestamp of the freeze, null while a draft */
  frozenAt: string | null;
  /** `criteriaSetFingerprint` of the content, set when frozen */
  fingerprint: string | null;
}

/** The first version of a round's criteria: the defaults, as a draft. */
export function initialCriteriaSetVersion(fundRoundId: string, set: CriteriaSet = defaultCriteriaSet()): CriteriaSetVersion {
  return { fundRoundId, version: 1, status: 'DRAFT', frozenAt: null, fingerprint: null, criteria: set.criteria, mustRequirements: set.mustRequirements };
}

/**
 * Freezes a version (called when a scenario scored with it is proposed): records the time and the
 * fingerprint. Freezing a frozen version returns it unchanged.
 */
export function freezeCriteriaSet(version: CriteriaSetVersion, frozenAt: string): CriteriaSetVersion {
  if (version.status === 'FROZEN') return version;
  return { ...version, status: 'FROZEN', frozenAt, fingerprint: criteriaSetFingerprint(version) };
}

/**
 * Applies new content (validate it first with `validateCriteriaSet`): a draft is changed in place (same
 * version number); a frozen version stays as it is and the change becomes the next version, a draft.
 */
export function changeCriteriaSet(current: CriteriaSetVersion, next: CriteriaSet): CriteriaSetVersion {
  const content = { criteria: next.criteria, mustRequirements: next.mustRequirements };
  if (current.status === 'DRAFT') return { ...current, ...content };
  return { fundRoundId: current.fundRoundId, version: current.version + 1, status: 'DRAFT', frozenAt: null, fingerprint: null, ...content };
}
