/**
 * A Web Worker that computes the efficient frontier with the HiGHS solver (WebAssembly): the solver
 * blocks the thread it runs on, so the page stays responsive and shows the progress per budget. The
 * wasm file is served by the app (Vite emits it as an asset; `locateFile` points HiGHS to it).
 */
import highsModule from 'highs';
import wasmUrl from 'highs/runtime?url';
import { setHighsLoader } from '@dp/domain/prioritisation';
import { computeFrontier, type FrontierJob, type FrontierMessage } from './frontier-job';

type HighsFactory = (settings?: { locateFile?: (file: string) => string }) => ReturnType<typeof highsModule>;
// the package's types describe its CommonJS build; bundlers load its ES module build (the factory is the default export)
const factory = ((highsModule as unknown as { default?: HighsFactory }).default ?? highsModule) as HighsFactory;
setHighsLoader(() => factory({ locateFile: () => wasmUrl }));

const scope = self as unknown as { onmessage: ((event: MessageEvent<FrontierJob>) => void) | null; postMessage(message: FrontierMessage): void };

scope.onmessage = (event) => {
  computeFrontier(event.data, (done, total) => scope.postMessage({ type: 'progress', done, total })).then(
    (points) => scope.postMessage({ type: 'done', points }),
    (error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
