/**
 * Setup of the web projects' tests (jsdom, jest.preset.web.js): jest-dom matchers, the browser APIs
 * Mantine expects that jsdom lacks, waits that a busy machine cannot run out of, and a
 * clean DOM and storage after every test.
 */
import '@testing-library/jest-dom/jest-globals';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, jest } from '@jest/globals';

// findBy… and waitFor wait on what the user would see; on a busy machine that can take far longer than
// Testing Library's default of one second, so the limit only ends a wait that never comes true
configure({ asyncUtilTimeout: 60_000 });

if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

class ResizeObserverShim implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverShim });
  Object.defineProperty(globalThis, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverShim });
}

// Mantine's combobox scrolls the selected option into view
if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => undefined;
}

// Mantine's autosizing Textarea listens for web fonts being loaded
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() },
  });
}

// jsdom draws nothing (and reports "not implemented"): charts see no canvas and stay empty, labelled boxes
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, writable: true, value: () => null });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = '';
  jest.useRealTimers();
});
