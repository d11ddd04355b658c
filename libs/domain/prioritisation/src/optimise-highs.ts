/**
 * Loading the HiGHS solver (WebAssembly, package `highs`) once, lazily, and letting each environment
 * say how: Node finds `highs.wasm` beside the package; a browser worker passes `locateFile` (or
 * `wasmBinary`) through its own loader:
 *
 *     import highsLoader from 'highs';
 *     import wasmUrl from 'highs/runtime?url';
 *     setHighsLoader(() => highsLoader({ locateFile: () => wasmUrl }));
 *
 * The solver blocks the thread it runs on: in a browser, call `optimisePortfolio` in a Web Worker.
 */
import type { Highs } from 'highs';

export type { Highs } from 'highs';

/** Creates a HiGHS runtime (called at most once per `setHighsLoader`, unless it fails). */
export type HighsLoader = () => Promise<Highs>;

/** A ready runtime, or a loader for one. */
export type HighsSource = Highs | HighsLoader;

type HighsFactory = () => Promise<Highs>;

const nodeDefaultLoader: HighsLoader = async () => {
  // the package's types describe its CommonJS build (default export under `default.default`), while
  // Node and bundlers load its ES module build (the factory is the default export): accept both
  const module = (await import('highs')) as unknown as { default: HighsFactory | { default: HighsFactory } };
  const factory = typeof module.default === 'function' ? module.default : module.default.default;
  return factory();
};

let loader: HighsLoader = nodeDefaultLoader;
let cached: Promise<Highs> | undefined;

/** Replaces the default loader (e.g. with `locateFile` in the browser); the next solve uses it. */
export function setHighsLoader(next: HighsLoader | undefined): void {
  loader = next ?? nodeDefaultLoader;
  cached = undefined;
}

/** The shared runtime from the default loader, loaded on first use; a failed load is retried next time. */
export function loadHighs(): Promise<Highs> {
  if (!cached) {
    cached = loader();
    cached.catch(() => {
      cached = undefined;
    });
  }
  return cached;
}

/** A given runtime, a given loader's runtime, or the shared default one. */
export async function resolveHighs(source: HighsSource | undefined): Promise<Highs> {
  if (source === undefined) return loadHighs();
  if (typeof source === 'function') return source();
  return source;
}
