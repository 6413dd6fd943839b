import Dexie, { type Table } from 'dexie';
import type { Application } from '../domain/application';
import type { Bill, Line, Mailbox, Office, Terminal, UserCode, UserId } from '../domain/contract';
import type { Draft } from '../domain/draft';
import type { Mail } from '../domain/mail';
import type { Notice } from '../domain/notice';
import type { TrainingEventRecord } from '../domain/training/events';
import type { ExerciseResult } from '../domain/training/result';
import type { SyncedRecord } from '../domain/record';
import { nextDueMiddleware } from './due';
import { validatedReadsMiddleware } from './validated';
import { DATABASE_NAME, databaseNameOf } from './active-run';
import { declareSchema } from './schema/index';

/** An attached file's bytes; its owner is an application or a draft. */
export interface AttachmentBlob extends SyncedRecord {
  ownerId: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
}

/** Settings shared by whoever shares this back office (clock, review, demo). */
export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: number;
}

/** State that belongs to this device only and never syncs (session, counters). */
export interface DeviceRow {
  key: string;
  value: unknown;
}

/** Checkpoints of one sync adapter. */
export interface SyncStateRow {
  adapterId: string;
  value: unknown;
}


export class NssDatabase extends Dexie {
  offices!: Table<Office, string>;
  userCodes!: Table<UserCode, string>;
  userIds!: Table<UserId, string>;
  terminals!: Table<Terminal, string>;
  lines!: Table<Line, string>;
  mailboxes!: Table<Mailbox, string>;
  applications!: Table<Application, string>;
  drafts!: Table<Draft, string>;
  notices!: Table<Notice, string>;
  mails!: Table<Mail, string>;
  bills!: Table<Bill, string>;
  events!: Table<TrainingEventRecord, string>;
  exerciseResults!: Table<ExerciseResult, string>;
  attachments!: Table<AttachmentBlob, string>;
  settings!: Table<SettingRow, string>;
  device!: Table<DeviceRow, string>;
  syncState!: Table<SyncStateRow, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Every version and its upgrade live in store/schema (docs/storage.md).
    declareSchema(this);
    this.use(nextDueMiddleware);
    this.use(validatedReadsMiddleware);
  }
}

export { DATABASE_NAME };

/** The database this device works in: the back office, or an exercise run's copy (store/active-run.ts). */
export const db = new NssDatabase(databaseNameOf());

/** Tables whose records carry SyncedRecord fields and move between devices. */
export const SYNCED_TABLES = [
  'offices',
  'userCodes',
  'userIds',
  'terminals',
  'lines',
  'mailboxes',
  'applications',
  'drafts',
  'notices',
  'mails',
  'bills',
  'attachments',
  'events',
  'exerciseResults',
] as const;
