import { describe, expect, it } from '@jest/globals';
import { leadTimes, timeInStatuses, type StatusInterval } from './lead-time.js';

const H = 3_600_000;
const at = (h: number) => new Date(Date.UTC(2026, 10, 1) + h * H).toISOString();

const history: StatusInterval[] = [
  { status: 'DRAFT', enteredAt: at(0), leftAt: at(10) },
  { status: 'AWAITING_ANCHORING', enteredAt: at(10), leftAt: at(12) },
  { status: 'SUBMITTED', enteredAt: at(12), leftAt: at(20) },
  { status: 'IN_PREPARATION', enteredAt: at(20), leftAt: at(30) },
  { status: 'AWAITING_COMPLETION', enteredAt: at(30), leftAt: at(40) },
  { status: 'IN_PREPARATION', enteredAt: at(40), leftAt: at(45) },
  { status: 'PREPARED', enteredAt: at(45), leftAt: at(100) },
  { status: 'GRANTED', enteredAt: at(100), leftAt: null },
];

describe('time in each state', () => {
  it('sums repeated stays and counts an open stay until now', () => {
    const t = timeInStatuses(history, new Date(at(110)));
    expect(t.IN_PREPARATION).toBe(15 * H);
    expect(t.AWAITING_COMPLETION).toBe(10 * H);
    expect(t.GRANTED).toBe(10 * H);
    expect(t.REJECTED).toBeUndefined();
  });
});

describe('lead times', () => {
  it('measures submission → statement → decision', () => {
    expect(leadTimes(history)).toEqual({ submittedToPreparedMs: 33 * H, preparedToDecisionMs: 55 * H, submittedToDecisionMs: 88 * H });
  });

  it('leaves unreached steps empty', () => {
    expect(leadTimes(history.slice(0, 4))).toEqual({ submittedToPreparedMs: null, preparedToDecisionMs: null, submittedToDecisionMs: null });
  });
});
