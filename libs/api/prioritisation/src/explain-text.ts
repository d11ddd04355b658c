import type { ExplanationReason, ItemExplanation, PortfolioConflict, RoundConstraint } from '@dp/domain/prioritisation';

/**
 * The optimiser's explanations as Swedish sentences (klarspråk) for the board and the decision basis.
 * The structured reasons stay available beside them (decision, blocking constraints, value needed).
 */
const kronor = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

export function formatConstraintAmount(constraint: RoundConstraint | undefined, x: number): string {
  if (constraint?.kind === 'STAFF') return `${decimal.format(x)} timmar`;
  return `${kronor.format(Math.round(x))} kr`;
}

export type NameOf = (id: string) => string;

function reasonText(r: ExplanationReason, constraints: readonly RoundConstraint[], nameOf: NameOf): string | null {
  switch (r.code) {
    case 'CAPACITY': {
      const c = constraints[r.constraintIndex];
      const label = (c?.label ?? r.constraintName).toLowerCase();
      return `${label.charAt(0).toUpperCase()}${label.slice(1)} skulle överskridas med ${formatConstraintAmount(c, r.shortfall)} (behöver ${formatConstraintAmount(c, r.needed)}, kvar ${formatConstraintAmount(c, Math.max(0, r.capacity - r.used))})`;
    }
    case 'REQUIRES':
      return r.forcedOut ? `Kräver ${nameOf(r.requiresId)}, som är tvingad ut` : `Kräver ${nameOf(r.requiresId)}, som inte är med`;
    case 'EXCLUDED_BY':
      return `Utesluts av ${nameOf(r.byId)}`;
    case 'NO_VALUE':
      return 'Ger inget värde för målet (till exempel en ofullständig bedömning eller ett negativt nettonuvärde)';
    case 'FITS':
      return 'Skulle rymmas, men den bästa funna lösningen blir inte bättre av den';
    case 'REQUIRED_BY':
      return `Krävs av ${nameOf(r.byId)}`;
  }
}

export function explanationText(e: ItemExplanation, constraints: readonly RoundConstraint[], nameOf: NameOf, ineligibleReason: string | null): string {
  const reasons = e.reasons.map((r) => reasonText(r, constraints, nameOf)).filter((x): x is string => x !== null);
  const tail = reasons.length > 0 ? ` ${reasons.join('. ')}.` : '';
  switch (e.decision) {
    case 'FORCED_IN':
      return `Tvingad in i urvalet.${tail}`;
    case 'FORCED_OUT':
      return ineligibleReason ? `Uppfyller inte ska-krav: ${ineligibleReason}.` : 'Tvingad ut ur urvalet.';
    case 'SELECTED':
      return `Med i urvalet.${tail}${e.valueLost != null && e.valueLost > 0 ? ` Utan den blir det bästa möjliga värdet ${decimal.format(e.valueLost)} lägre.` : ''}`;
    case 'NOT_SELECTED':
      return `Inte med i urvalet.${tail}${e.valueNeeded != null && e.valueNeeded > 0 ? ` Skulle behöva ${decimal.format(e.valueNeeded)} mer i värde för att komma med.` : ''}`;
  }
}

export function conflictText(c: PortfolioConflict, constraints: readonly RoundConstraint[], nameOf: NameOf): string {
  switch (c.code) {
    case 'CAPACITY_EXCEEDED': {
      const k = constraints[c.constraintIndex];
      return `De initiativ som är tvingade in (${c.itemIds.map(nameOf).join(', ')}) behöver ${formatConstraintAmount(k, c.needed)} men ${(k?.label ?? c.constraintName).toLowerCase()} är ${formatConstraintAmount(k, c.capacity)}: ${formatConstraintAmount(k, c.shortfall)} för mycket.`;
    }
    case 'REQUIRES_FORCED_OUT':
      return `${nameOf(c.itemId)} är tvingad in men kräver ${nameOf(c.requiresId)}, som är tvingad ut.`;
    case 'MUTUALLY_EXCLUSIVE':
      return `${nameOf(c.itemIds[0])} och ${nameOf(c.itemIds[1])} är båda tvingade in men utesluter varandra.`;
    case 'UNEXPLAINED':
      return `Villkoren går inte att uppfylla samtidigt: ${c.constraintNames.join(', ') || 'okänd kombination'}.`;
  }
}
