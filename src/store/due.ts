// nextDueAt: when the center must next look at an application, stored and indexed
// so that its tick reads only what is due. It is never set by hand: a middleware
// derives it from status, review and confirmedDate (domain nextDueAt) on every
// write to the table, whoever writes (the center, a sync adapter, a test fixture),
// so it can always be recomputed from the record itself.
import type { DBCore, Middleware } from 'dexie';
import type { Application } from '../domain/application';
import { nextDueAt } from '../domain/review';

/** An application as stored: with its derived due time (absent when nothing is due). */
export type StoredApplication = Application & { nextDueAt?: number };

export function withNextDue(app: Application): StoredApplication {
  const { nextDueAt: _old, ...rest } = app as StoredApplication;
  const due = dueOrNever(app);
  return due === undefined ? rest : { ...rest, nextDueAt: due };
}

/** A malformed record (no review, say) is never due: reads skip and report it (store/validated.ts). */
function dueOrNever(app: Application): number | undefined {
  try {
    return nextDueAt(app);
  } catch {
    return undefined;
  }
}

export const nextDueMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'nextDueAt',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'applications') return table;
      return {
        ...table,
        mutate: (req) =>
          req.type === 'add' || req.type === 'put'
            ? table.mutate({ ...req, values: req.values.map((v) => withNextDue(v as Application)) })
            : table.mutate(req),
      };
    },
  }),
};
