import { createContext, useContext } from 'react';
import { computeFrontier, type FrontierJob, type FrontierJobPoint, type FrontierMessage } from './frontier-job';

/** A running computation: its result, and a way to stop it (a new one replaces it). */
export interface FrontierRun {
  result: Promise<FrontierJobPoint[]>;
  cancel(): void;
}

export type FrontierRunner = (job: FrontierJob, onProgress: (done: number, total: number) => void) => FrontierRun;

/** Runs the frontier in a Web Worker of its own (terminated when done or cancelled). */
export const workerFrontierRunner: FrontierRunner = (job, onProgress) => {
  const worker = new Worker(new URL('./frontier.worker.ts', import.meta.url), { type: 'module', name: 'effektiv-front' });
  let settle: { reject(reason: unknown): void } | undefined;
  const result = new Promise<FrontierJobPoint[]>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<FrontierMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.done, message.total);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.points);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the frontier worker failed'));
    };
    worker.postMessage(job);
  });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.reject(new DOMException('cancelled', 'AbortError'));
    },
  };
};

/** Runs the frontier in this thread (component tests, where there are no workers). */
export const inProcessFrontierRunner: FrontierRunner = (job, onProgress) => {
  let cancelled = false;
  return {
    result: computeFrontier(job, (done, total) => {
      if (!cancelled) onProgress(done, total);
    }),
    cancel: () => {
      cancelled = true;
    },
  };
};

/** The runner the Analys page uses: a Web Worker, unless a test provides another. */
export const FrontierRunnerContext = createContext<FrontierRunner>(workerFrontierRunner);

export function useFrontierRunner(): FrontierRunner {
  return useContext(FrontierRunnerContext);
}
