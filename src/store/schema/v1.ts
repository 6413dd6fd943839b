// Version 1: the first release's tables and indexes. Released: never edit it.
import type { SchemaVersion } from './index';

export const v1: SchemaVersion = {
  version: 1,
  stores: {
    offices: 'id, companyAbbr, updatedAt',
    userCodes: 'id, *officeCodes, updatedAt',
    userIds: 'id, userCode, officeCode, updatedAt',
    terminals: 'id, officeCode, updatedAt',
    lines: 'id, officeCode, updatedAt',
    mailboxes: 'id, officeCode, updatedAt',
    applications: 'id, &receiptNo, officeCode, status, kind, updatedAt',
    drafts: 'id, [officeCode+kind], officeCode, updatedAt',
    notices: 'id, officeCode, at, updatedAt',
    mails: 'id, to, officeCode, at, updatedAt',
    bills: 'id, officeCode, month, updatedAt',
    attachments: 'id, ownerId, updatedAt',
    settings: 'key',
    device: 'key',
    syncState: 'adapterId',
  },
};
