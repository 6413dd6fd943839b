// Version 2: queries that cost what they show (issue 15).
// - applications: the list's order (申込日, then 受付番号, newest first) per office,
//   alone and under each filter, so that a page, a filter and a count are read from
//   an index; and nextDueAt, the time the center must next look at the application,
//   so that its tick reads only what is due.
// - notices: per office by time, so the top menu reads its 10 newest and no more.
// The upgrade writes nextDueAt on every stored application.
import type { Application } from '../../domain/application';
import { withNextDue } from '../due';
import type { SchemaVersion } from './index';

export const v2: SchemaVersion = {
  version: 2,
  stores: {
    applications:
      'id, &receiptNo, officeCode, status, kind, updatedAt, nextDueAt, ' +
      '[officeCode+submittedAt+receiptNo], [officeCode+kind+submittedAt+receiptNo], ' +
      '[officeCode+status+submittedAt+receiptNo], [officeCode+kind+status+submittedAt+receiptNo]',
    notices: 'id, officeCode, at, updatedAt, [officeCode+at]',
  },
  async upgrade(tx) {
    await tx
      .table<Application>('applications')
      .toCollection()
      .modify((app, ref) => {
        ref.value = withNextDue(app);
      });
  },
};
