// Version 3: 演習 (issue 17).
// - events: the event log of an exercise run, read by run and in order.
// - exerciseResults: one graded run per record, read by trainee and by exercise.
// Both tables are new; nothing stored changes.
import type { SchemaVersion } from './index';

export const v3: SchemaVersion = {
  version: 3,
  stores: {
    events: 'id, updatedAt, [runId+at]',
    exerciseResults: 'id, updatedAt, trainee, exerciseId',
  },
};
