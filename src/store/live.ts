// Dexie live queries as Solid state. There is no official binding: subscribe in
// an effect keyed on the parameters, unsubscribe on cleanup, and reconcile the
// results into a store so that unchanged rows keep their DOM.
import { liveQuery } from 'dexie';
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { reportStorageError } from './errors';

export interface LiveQuery<T> {
  /** the latest result, or undefined until the first one arrives */
  (): T | undefined;
  /** true until the first result for the current parameters */
  loading: Accessor<boolean>;
  error: Accessor<unknown>;
}

/**
 * `source` gives the parameters (tracked); while it returns undefined, null or
 * false nothing is queried. `query` runs inside Dexie's liveQuery and re-runs
 * whenever the tables it read change, in this tab or another.
 */
export function createLiveQuery<T, P>(
  source: () => P | undefined | null | false,
  query: (params: P) => Promise<T> | T,
): LiveQuery<T> {
  const [state, setState] = createStore<{ value: T | undefined }>({ value: undefined });
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<unknown>(undefined);

  createEffect(() => {
    const params = source();
    if (params === undefined || params === null || params === false) {
      setState('value', undefined);
      setLoading(false);
      return;
    }
    setLoading(true);
    const subscription = liveQuery(() => query(params)).subscribe({
      next: (value) => {
        setState('value', reconcile(value as T, { key: 'id', merge: false }) as never);
        setError(undefined);
        setLoading(false);
      },
      error: (err) => {
        setError(err);
        setLoading(false);
        reportStorageError(err);
      },
    });
    onCleanup(() => subscription.unsubscribe());
  });

  const read = (() => state.value) as LiveQuery<T>;
  read.loading = loading;
  read.error = error;
  return read;
}

/** A live query without parameters. */
export function createLive<T>(query: () => Promise<T> | T): LiveQuery<T> {
  return createLiveQuery(() => true as const, () => query());
}
