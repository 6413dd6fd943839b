// The file bundle as a SyncAdapter: push writes this device's records (of a
// scope) to a file, pull reads one. What a pull stored is then sent to the
// server too when the device also replicates (the push floor).
import { now as simulatedNow } from '../center/clock';
import { SyncError, type SyncAdapter, type SyncCounts } from './adapter';
import { exportBundle, importBundle, type BundleScope, type ImportReport } from './bundle';
import { getSyncConfig } from './config';
import { CouchClient } from './couch/client';
import { lowerPushFloor, targetKey } from './couch/replicator';

const cryptoRandom = () => crypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;

export class BundleAdapter implements SyncAdapter {
  readonly kind = 'bundle' as const;
  /** what the last pull stored */
  report?: ImportReport;

  constructor(
    private readonly io: {
      scope?: BundleScope;
      /** receives the file a push makes */
      save?: (bytes: Uint8Array) => void | Promise<void>;
      /** the file a pull reads */
      source?: Uint8Array;
    },
  ) {}

  async push(): Promise<SyncCounts> {
    const bytes = await exportBundle(this.io.scope ?? { kind: 'all' });
    await this.io.save?.(bytes);
    return { sent: bytes.length > 0 ? 1 : 0, received: 0 };
  }

  async pull(): Promise<SyncCounts> {
    if (!this.io.source) throw new SyncError('読み込むファイルを選択してください。', 'invalid');
    const result = await importBundle(this.io.source, { simulatedNow: simulatedNow(), random: cryptoRandom });
    if (!result.ok) throw new SyncError(result.problems.join('\n'), 'invalid');
    this.report = result.report;
    const written = [...result.apply.results.filter((r) => r.outcome !== 'kept').map((r) => r.stored), ...result.apply.copies];
    const oldest = Math.min(...written.map((r) => r.record.updatedAt as number));
    const config = await getSyncConfig();
    if (config.adapter === 'couchdb' && Number.isFinite(oldest)) {
      await lowerPushFloor(targetKey(new CouchClient({ url: config.url, db: config.db, auth: config.auth })), oldest);
    }
    return { sent: 0, received: written.length };
  }
}
