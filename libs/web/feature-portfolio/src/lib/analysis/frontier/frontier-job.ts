/**
 * The efficient frontier of a round computed in the browser: the round's portfolio as the optimiser's
 * problem (the domain's `roundProblem`), swept over the budget with `efficientFrontier`, each budget
 * solved exactly by `optimisePortfolio` (HiGHS). The same code runs in the Web Worker
 * (`frontier.worker.ts`) and, in the component tests, in the test process.
 */
import { roundFrontier, type RoundFrontierPoint, type RoundItem, type RoundSettings } from '@dp/domain/prioritisation';

export interface FrontierJob {
  items: RoundItem[];
  settings: RoundSettings;
  /** the budgets to solve, ascending */
  budgets: number[];
}

export type FrontierJobPoint = RoundFrontierPoint;

/** Solves every budget of the job in turn, reporting after each one. */
export async function computeFrontier(job: FrontierJob, onProgress: (done: number, total: number) => void = () => undefined): Promise<FrontierJobPoint[]> {
  return roundFrontier(job.items, job.settings, job.budgets, onProgress);
}

/** What the worker posts back. */
export type FrontierMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; points: FrontierJobPoint[] }
  | { type: 'error'; message: string };
