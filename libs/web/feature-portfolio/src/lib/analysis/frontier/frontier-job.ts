/**
 * The efficient frontier of a round computed in the browser: the round's portfolio as the optimiser's
 * problem (the domain's `roundProblem`), swept over the budget with `efficientFrontier`, each budget
 * solved exactly by `optimisePortfolio` (HiGHS). The same code runs in the Web Worker
 * (`frontier.worker.ts`) and, in the component tests, in the test process.
 */
import { efficientFrontier, optimisePortfolio, roundProblem, type RoundItem, type RoundSettings } from '@dp/domain/prioritisation';

export interface FrontierJob {
  items: RoundItem[];
  settings: RoundSettings;
  /** the budgets to solve, ascending */
  budgets: number[];
}

export type FrontierPointStatus = 'OPTIMAL' | 'FEASIBLE' | 'INFEASIBLE' | 'UNKNOWN';

export interface FrontierJobPoint {
  budget: number;
  /** the best value at this budget; null when nothing satisfies the constraints */
  value: number | null;
  selectedCount: number;
  status: FrontierPointStatus;
}

/** Solves every budget of the job in turn, reporting after each one. */
export async function computeFrontier(job: FrontierJob, onProgress: (done: number, total: number) => void = () => undefined): Promise<FrontierJobPoint[]> {
  const { problem } = roundProblem(job.items, job.settings);
  const points = await efficientFrontier(problem, job.budgets, (p) => optimisePortfolio(p, { explain: 'fast' }), { onProgress });
  return points.map((p) => ({
    budget: p.budget,
    value: p.value,
    selectedCount: p.selected.length,
    status: p.feasible ? (/optimal/i.test(p.status) ? 'OPTIMAL' : 'FEASIBLE') : /infeas/i.test(p.status) ? 'INFEASIBLE' : 'UNKNOWN',
  }));
}

/** What the worker posts back. */
export type FrontierMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; points: FrontierJobPoint[] }
  | { type: 'error'; message: string };
