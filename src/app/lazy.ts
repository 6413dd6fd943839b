import { lazy, type Component } from 'solid-js';

/**
 * A route component loaded on demand from a module's named export, so a flow's
 * screens (and valibot, the holiday data …) stay out of the login page's download.
 */
export function lazyNamed<K extends string>(load: () => Promise<Record<K, unknown>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as Component }));
}
