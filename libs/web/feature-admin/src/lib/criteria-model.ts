import {
  AHP_CONSISTENCY_THRESHOLD,
  CRITERIA_LIMITS,
  SAATY_SCALE,
  ahpWeights,
  normaliseWeights,
  pairwiseMatrix,
  validateCriteriaSet,
  type PairwiseJudgement,
} from '@dp/domain/prioritisation';
import { formatLocaleNumber, parseLocaleNumber, relocaliseNumber } from './criteria-number-input';

/**
 * The criteria form (bedömningskriterier och ska-krav of a fund round) holds what the user typed: names
 * and descriptions as text, weights and scale values as text in the UI language's number locale. Building
 * the API's input parses the numbers, gives new criteria and must-requirements an id made from the name
 * (a saved id never changes), and checks everything with the domain's `validateCriteriaSet`, the API's
 * own rules, so the errors carry the same paths as the API's (`criteria.2.scale.0.value`).
 *
 * With pairwise comparison (AHP) on, the weights come from the judgements: the domain's `pairwiseMatrix`
 * builds the reciprocal matrix in the order of the criteria and `ahpWeights` derives the weights and the
 * consistency ratio; the matrix is sent as `pairwise` and the API derives the weights itself.
 */

// ---------------------------------------------------------------------------------------------------
// What the API gives (the CriteriaSetFields fragment)

export interface ScaleLevelData {
  value: number;
  label: string;
  description: string;
}

export interface CriterionData {
  id: string;
  name: string;
  description: string;
  weight: number;
  normalisedWeight: number;
  scale: readonly ScaleLevelData[];
}

export interface MustRequirementData {
  id: string;
  name: string;
  description: string;
}

export interface CriteriaSetData {
  id: string;
  number: number;
  status: 'DRAFT' | 'FROZEN';
  frozenAt: string | null;
  fingerprint: string | null;
  criteria: readonly CriterionData[];
  mustRequirements: readonly MustRequirementData[];
  pairwise: readonly (readonly number[])[] | null;
  consistencyRatio: number | null;
  updatedByName: string | null;
  updatedAt: string;
  version: number;
}

/** The API's CriteriaSetInput. */
export interface CriteriaSetInputData {
  criteria: { id: string; name: string; description: string; weight: number; scale: ScaleLevelData[] }[];
  mustRequirements: MustRequirementData[];
  /** null: the weights are the ones typed */
  pairwise: number[][] | null;
}

// ---------------------------------------------------------------------------------------------------
// The form

export interface LevelDraft {
  /** React key, stable while the form is open */
  key: string;
  value: string;
  label: string;
  description: string;
}

export interface CriterionDraft {
  /** React key and the key of the AHP judgements: stable across renames and moves */
  key: string;
  /** the id the API knows; null for a criterion added in this form (it gets one from its name) */
  savedId: string | null;
  name: string;
  description: string;
  weight: string;
  scale: LevelDraft[];
}

export interface MustRequirementDraft {
  key: string;
  savedId: string | null;
  name: string;
  description: string;
}

export interface CriteriaDraft {
  criteria: CriterionDraft[];
  mustRequirements: MustRequirementDraft[];
  /** derive the weights by pairwise comparison */
  ahp: boolean;
  /** `aKey>bKey` → how many times more important a is than b (1/9 … 9); a missing pair counts as 1 */
  judgements: Record<string, number>;
}

/** field path (as the API's: `criteria.1.weight`) → validation code */
export type CriteriaErrors = Record<string, string>;

let keySequence = 0;
/** A fresh React key (unique in the page's lifetime). */
export function newKey(prefix: string): string {
  keySequence += 1;
  return `${prefix}-new-${keySequence}`;
}

const judgementKey = (a: string, b: string) => `${a}>${b}`;

/** Saaty's values as option values (`7`, `1/7`) and back. */
export function judgementOptionValue(value: number): string {
  if (value >= 1) return String(Math.round(value));
  return `1/${Math.round(1 / value)}`;
}

export function parseJudgementOption(text: string): number {
  const [, denominator] = /^1\/(\d)$/.exec(text) ?? [];
  return denominator ? 1 / Number(denominator) : Number(text);
}

/** All the values of Saaty's scale and their reciprocals: 9, 8, …, 2, 1, 1/2, …, 1/9. */
export const SAATY_VALUES: readonly number[] = [
  ...[...SAATY_SCALE].reverse().map((s) => s.value),
  ...SAATY_SCALE.filter((s) => s.value > 1).map((s) => 1 / s.value),
];

/** The nearest value of the scale (on a logarithmic axis) to a stored judgement. */
export function snapToSaaty(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  let best = 1;
  for (const candidate of SAATY_VALUES) {
    if (Math.abs(Math.log(value) - Math.log(candidate)) < Math.abs(Math.log(value) - Math.log(best))) best = candidate;
  }
  return best;
}

/** How much more important the criterion with key `a` is than `b`, as judged (1 when not judged). */
export function judgementOf(draft: Pick<CriteriaDraft, 'judgements'>, a: string, b: string): number {
  const forward = draft.judgements[judgementKey(a, b)];
  if (forward !== undefined) return forward;
  const backward = draft.judgements[judgementKey(b, a)];
  return backward !== undefined ? 1 / backward : 1;
}

/** A form's weight text for a stored weight: as entered; after AHP in percent of the whole (`41,7`). */
function weightText(criterion: CriterionData, fromAhp: boolean, locale: string): string {
  return fromAhp ? formatLocaleNumber(criterion.normalisedWeight * 100, locale, { maximumFractionDigits: 1 }) : formatLocaleNumber(criterion.weight, locale);
}

/** The saved set as the form shows it. */
export function criteriaDraftFromSet(set: Pick<CriteriaSetData, 'criteria' | 'mustRequirements' | 'pairwise'>, locale: string): CriteriaDraft {
  const criteria = set.criteria.map<CriterionDraft>((c) => ({
    key: `c-${c.id}`,
    savedId: c.id,
    name: c.name,
    description: c.description,
    weight: '',
    scale: c.scale.map((l) => ({ key: `l-${c.id}-${l.value}`, value: String(l.value), label: l.label, description: l.description })),
  }));
  const matrix = set.pairwise;
  const ahp = matrix !== null && matrix.length === criteria.length && matrix.length > 0;
  criteria.forEach((draft, i) => {
    const saved = set.criteria[i];
    if (saved) draft.weight = weightText(saved, ahp, locale);
  });
  const judgements: Record<string, number> = {};
  if (ahp) {
    for (let i = 0; i < criteria.length; i++) {
      for (let j = i + 1; j < criteria.length; j++) {
        const a = criteria[i];
        const b = criteria[j];
        const v = matrix[i]?.[j];
        if (a && b && v !== undefined) judgements[judgementKey(a.key, b.key)] = snapToSaaty(v);
      }
    }
  }
  return {
    criteria,
    mustRequirements: set.mustRequirements.map((r) => ({ key: `m-${r.id}`, savedId: r.id, name: r.name, description: r.description })),
    ahp,
    judgements,
  };
}

/** What was typed, rewritten for another number locale: weights and scale values keep their meaning. */
export function relocaliseDraft(draft: CriteriaDraft, from: string, to: string): CriteriaDraft {
  return {
    ...draft,
    criteria: draft.criteria.map((c) => ({
      ...c,
      weight: relocaliseNumber(c.weight, from, to),
      scale: c.scale.map((l) => ({ ...l, value: relocaliseNumber(l.value, from, to) })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Ids

/** `Förbättrad arbetsmiljö` → `forbattrad-arbetsmiljo`: lower case ASCII, words joined by hyphens. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, CRITERIA_LIMITS.idMax)
    .replace(/-+$/, '');
}

/**
 * The ids to send: a saved id as it is; a new item's id from its name, made unique among the others
 * (`namn`, `namn-2`, …). An item without a name gets '' (the validation says the name is missing).
 */
export function assignIds(items: readonly { savedId: string | null; name: string }[]): string[] {
  const taken = new Set(items.flatMap((item) => (item.savedId ? [item.savedId] : [])));
  return items.map((item) => {
    if (item.savedId) return item.savedId;
    const base = slugify(item.name);
    if (!base) return '';
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) {
      const suffix = `-${n}`;
      candidate = `${base.slice(0, CRITERIA_LIMITS.idMax - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    taken.add(candidate);
    return candidate;
  });
}

// ---------------------------------------------------------------------------------------------------
// Weights, live

export interface AhpOutcome {
  /** in the order of the criteria, summing to 1 */
  weights: number[];
  consistencyRatio: number;
  consistent: boolean;
  matrix: number[][];
}

/** The judgements of every pair (upper triangle, in the order of the criteria), missing ones as 1. */
export function judgementsInOrder(draft: CriteriaDraft): PairwiseJudgement[] {
  const out: PairwiseJudgement[] = [];
  draft.criteria.forEach((a, i) => {
    draft.criteria.slice(i + 1).forEach((b) => out.push({ a: a.key, b: b.key, value: judgementOf(draft, a.key, b.key) }));
  });
  return out;
}

/** The weights and the consistency of the judgements (domain `pairwiseMatrix` + `ahpWeights`); null without criteria. */
export function ahpOutcome(draft: CriteriaDraft): AhpOutcome | null {
  if (draft.criteria.length === 0 || draft.criteria.length > CRITERIA_LIMITS.criteriaMax) return null;
  const built = pairwiseMatrix(
    draft.criteria.map((c) => c.key),
    judgementsInOrder(draft),
  );
  if (!built.ok) return null;
  const result = ahpWeights(built.matrix);
  return {
    weights: result.weights,
    consistencyRatio: result.consistencyRatio,
    consistent: result.consistencyRatio <= AHP_CONSISTENCY_THRESHOLD,
    matrix: built.matrix,
  };
}

/**
 * The normalised weights (shares summing to 1) the form shows now: the AHP weights with pairwise
 * comparison on, else the typed weights through the domain's `normaliseWeights`; null while a weight is
 * missing, no number or negative, or all are 0.
 */
export function liveWeights(draft: CriteriaDraft, locale: string): number[] | null {
  if (draft.ahp) return ahpOutcome(draft)?.weights ?? null;
  const weights: { weight: number }[] = [];
  for (const c of draft.criteria) {
    const parsed = parseLocaleNumber(c.weight, locale);
    if (!parsed.ok || parsed.value < 0) return null;
    weights.push({ weight: parsed.value });
  }
  if (weights.length === 0 || weights.reduce((s, w) => s + w.weight, 0) <= 0) return null;
  return normaliseWeights(weights);
}

// ---------------------------------------------------------------------------------------------------
// Building the input

export type CriteriaFormResult = { ok: true; input: CriteriaSetInputData } | { ok: false; errors: CriteriaErrors };

/**
 * Parses the form and checks it with the domain's `validateCriteriaSet`: one code per field path, the
 * parser's when a number cannot be read, else the domain's. A missing id of a new item is reported at its
 * name (the id is made from the name).
 */
export function buildCriteriaInput(draft: CriteriaDraft, locale: string): CriteriaFormResult {
  const errors: CriteriaErrors = {};
  const ahp = draft.ahp ? ahpOutcome(draft) : null;
  const criterionIds = assignIds(draft.criteria);
  const requirementIds = assignIds(draft.mustRequirements);

  const candidate = {
    criteria: draft.criteria.map((c, i) => {
      let weight: number | undefined;
      if (draft.ahp) {
        weight = ahp?.weights[i];
      } else {
        const parsed = parseLocaleNumber(c.weight, locale);
        if (parsed.ok) weight = parsed.value;
        else errors[`criteria.${i}.weight`] = parsed.reason;
      }
      return {
        id: criterionIds[i] ?? '',
        name: c.name,
        description: c.description,
        weight,
        scale: c.scale.map((l, j) => {
          // a fraction is read as typed; the domain refuses it (OUT_OF_RANGE: the levels are integers)
          const parsed = parseLocaleNumber(l.value, locale);
          if (!parsed.ok) errors[`criteria.${i}.scale.${j}.value`] = parsed.reason;
          return { value: parsed.ok ? parsed.value : undefined, label: l.label, description: l.description };
        }),
      };
    }),
    mustRequirements: draft.mustRequirements.map((r, i) => ({ id: requirementIds[i] ?? '', name: r.name, description: r.description })),
  };

  const checked = validateCriteriaSet(candidate);
  if (!checked.ok) {
    for (const e of checked.errors) {
      const field = placeIdError(e.field);
      if (errors[field] === undefined) errors[field] = e.code;
    }
  }
  if (draft.ahp && !ahp && draft.criteria.length > 0 && errors['criteria'] === undefined) errors['pairwise'] = 'INVALID';
  if (!checked.ok || Object.keys(errors).length > 0) return { ok: false, errors };

  const value = checked.value;
  return {
    ok: true,
    input: {
      criteria: value.criteria.map((c) => ({
        id: c.id,
        name: c.name,
        description: c.description,
        weight: c.weight,
        scale: c.scale.map((l) => ({ value: l.value, label: l.label, description: l.description })),
      })),
      mustRequirements: value.mustRequirements.map((r) => ({ id: r.id, name: r.name, description: r.description })),
      pairwise: ahp ? ahp.matrix : null,
    },
  };
}

/** `criteria.2.id` → `criteria.2.name`: the id is made from the name, so its error belongs there. */
function placeIdError(field: string): string {
  const match = /^(criteria|mustRequirements)\.(\d+)\.id$/.exec(field);
  return match ? `${match[1]}.${match[2]}.name` : field;
}

/** What kind of field a path is, for its message and limits; null for a path the form has no field for. */
export type CriteriaFieldKind =
  | 'criteria'
  | 'name'
  | 'description'
  | 'weight'
  | 'scale'
  | 'levelValue'
  | 'levelLabel'
  | 'levelDescription'
  | 'mustRequirements'
  | 'requirementName'
  | 'requirementDescription'
  | 'pairwise';

export function criteriaFieldKind(field: string): CriteriaFieldKind | null {
  if (field === 'criteria' || field === 'mustRequirements') return field;
  if (field === 'pairwise' || field.startsWith('pairwise.')) return 'pairwise';
  let m = /^criteria\.\d+\.(name|description|weight|scale|id)$/.exec(field);
  if (m) return m[1] === 'id' ? 'name' : (m[1] as CriteriaFieldKind);
  m = /^criteria\.\d+\.scale\.\d+\.(value|label|description)$/.exec(field);
  if (m) return m[1] === 'value' ? 'levelValue' : m[1] === 'label' ? 'levelLabel' : 'levelDescription';
  m = /^mustRequirements\.\d+\.(name|description|id)$/.exec(field);
  if (m) return m[1] === 'description' ? 'requirementDescription' : 'requirementName';
  return null;
}

/**
 * Where a path of the API's errors is shown in this form: the path itself, an id's at the name, and
 * whole-matrix errors at `pairwise`; null when the form has no such field (e.g. an index beyond the list).
 */
export function placeServerError(field: string, draft: CriteriaDraft): string | null {
  const kind = criteriaFieldKind(field);
  if (!kind) return null;
  if (kind === 'pairwise') return 'pairwise';
  const placed = placeIdError(field);
  const [list, index, , levelIndex] = placed.split('.');
  if (index === undefined) return placed;
  if (list === 'mustRequirements') return draft.mustRequirements[Number(index)] ? placed : null;
  const criterion = draft.criteria[Number(index)];
  if (!criterion) return null;
  if (levelIndex !== undefined && !criterion.scale[Number(levelIndex)]) return null;
  return placed;
}

/** The limits a message of the kind may name (`{{max}}` characters, `{{min}}`–`{{max}}` levels, …). */
export function limitsOf(kind: CriteriaFieldKind | null): Record<string, number> {
  switch (kind) {
    case 'criteria':
    case 'pairwise':
      return { min: CRITERIA_LIMITS.criteriaMin, max: CRITERIA_LIMITS.criteriaMax };
    case 'name':
    case 'levelLabel':
    case 'requirementName':
      return { max: CRITERIA_LIMITS.nameMax };
    case 'description':
    case 'levelDescription':
    case 'requirementDescription':
      return { max: CRITERIA_LIMITS.descriptionMax };
    case 'weight':
      return { min: 0, max: CRITERIA_LIMITS.weightMax };
    case 'scale':
      return { min: CRITERIA_LIMITS.levelsMin, max: CRITERIA_LIMITS.levelsMax };
    case 'levelValue':
      return { min: CRITERIA_LIMITS.levelValueMin, max: CRITERIA_LIMITS.levelValueMax };
    case 'mustRequirements':
      return { min: 0, max: CRITERIA_LIMITS.mustRequirementsMax };
    default:
      return {};
  }
}

// ---------------------------------------------------------------------------------------------------
// Editing (pure: each returns the next draft)

export function updateCriterion(draft: CriteriaDraft, index: number, patch: Partial<Pick<CriterionDraft, 'name' | 'description' | 'weight'>>): CriteriaDraft {
  return { ...draft, criteria: draft.criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)) };
}

/** A new criterion at the end, on a scale of `levels` (values from 0) with the given level names. */
export function addCriterion(draft: CriteriaDraft, levelLabels: readonly string[]): CriteriaDraft {
  const criterion: CriterionDraft = {
    key: newKey('c'),
    savedId: null,
    name: '',
    description: '',
    weight: '',
    scale: levelLabels.map((label, value) => ({ key: newKey('l'), value: String(value), label, description: '' })),
  };
  return { ...draft, criteria: [...draft.criteria, criterion] };
}

export function removeCriterion(draft: CriteriaDraft, index: number): CriteriaDraft {
  const removed = draft.criteria[index];
  if (!removed) return draft;
  const judgements = Object.fromEntries(Object.entries(draft.judgements).filter(([k]) => !k.split('>').includes(removed.key)));
  return { ...draft, criteria: draft.criteria.filter((_, i) => i !== index), judgements };
}

/** Moves a criterion one step up (-1) or down (+1); the judgements follow their criteria. */
export function moveCriterion(draft: CriteriaDraft, index: number, delta: -1 | 1): CriteriaDraft {
  const target = index + delta;
  if (target < 0 || target >= draft.criteria.length) return draft;
  const criteria = [...draft.criteria];
  const [moved] = criteria.splice(index, 1);
  if (!moved) return draft;
  criteria.splice(target, 0, moved);
  return { ...draft, criteria };
}

export function updateLevel(draft: CriteriaDraft, index: number, levelIndex: number, patch: Partial<Pick<LevelDraft, 'value' | 'label' | 'description'>>): CriteriaDraft {
  return {
    ...draft,
    criteria: draft.criteria.map((c, i) => (i === index ? { ...c, scale: c.scale.map((l, j) => (j === levelIndex ? { ...l, ...patch } : l)) } : c)),
  };
}

/** A level after the highest: its value one more than the last level's (0 for an empty scale). */
export function addLevel(draft: CriteriaDraft, index: number, locale: string): CriteriaDraft {
  return {
    ...draft,
    criteria: draft.criteria.map((c, i) => {
      if (i !== index) return c;
      const last = c.scale[c.scale.length - 1];
      const parsed = last ? parseLocaleNumber(last.value, locale) : null;
      const value = parsed?.ok ? parsed.value + 1 : c.scale.length;
      return { ...c, scale: [...c.scale, { key: newKey('l'), value: formatLocaleNumber(value, locale), label: '', description: '' }] };
    }),
  };
}

export function removeLevel(draft: CriteriaDraft, index: number, levelIndex: number): CriteriaDraft {
  return { ...draft, criteria: draft.criteria.map((c, i) => (i === index ? { ...c, scale: c.scale.filter((_, j) => j !== levelIndex) } : c)) };
}

export function addMustRequirement(draft: CriteriaDraft): CriteriaDraft {
  return { ...draft, mustRequirements: [...draft.mustRequirements, { key: newKey('m'), savedId: null, name: '', description: '' }] };
}

export function updateMustRequirement(draft: CriteriaDraft, index: number, patch: Partial<Pick<MustRequirementDraft, 'name' | 'description'>>): CriteriaDraft {
  return { ...draft, mustRequirements: draft.mustRequirements.map((r, i) => (i === index ? { ...r, ...patch } : r)) };
}

export function removeMustRequirement(draft: CriteriaDraft, index: number): CriteriaDraft {
  return { ...draft, mustRequirements: draft.mustRequirements.filter((_, i) => i !== index) };
}

/** a is `value` times as important as b (the reverse judgement is replaced). */
export function setJudgement(draft: CriteriaDraft, a: string, b: string, value: number): CriteriaDraft {
  const judgements = { ...draft.judgements };
  delete judgements[judgementKey(b, a)];
  judgements[judgementKey(a, b)] = value;
  return { ...draft, judgements };
}

/**
 * Turns pairwise comparison on or off. Turned off, the weights derived from the judgements become the
 * typed weights (in percent, one decimal), so the user goes on from them.
 */
export function setAhp(draft: CriteriaDraft, on: boolean, locale: string): CriteriaDraft {
  if (on === draft.ahp) return draft;
  if (on) return { ...draft, ahp: true };
  const outcome = ahpOutcome(draft);
  return {
    ...draft,
    ahp: false,
    criteria: outcome
      ? draft.criteria.map((c, i) => ({ ...c, weight: formatLocaleNumber((outcome.weights[i] ?? 0) * 100, locale, { maximumFractionDigits: 1 }) }))
      : draft.criteria,
  };
}
