import { type ComponentType, lazy } from "react";

export type Preloadable<P> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * A component whose code loads on first render, like React's `lazy`, that can also be asked to load earlier (when the
 * browser is idle after the first screen), so opening it later does not wait for the network. A load that failed (a
 * lost connection) is tried again the next time, instead of failing for the rest of the page's life.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return Object.assign(lazy(preload), { preload });
}

/** Runs `work` once the browser has nothing else to do (or after a second at most). */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(work, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 200);
  return () => window.clearTimeout(handle);
}
