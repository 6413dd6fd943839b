// Replication checkpoints in the manner of PouchDB's checkpointer: one document
// per replication on both sides (`_local/<id>` on the server, a syncState row
// here), each with the session that wrote it and a short history. A checkpoint
// is written only after the batch it names is stored. On resume, the same
// session on both sides means the position is trusted; otherwise the newest
// session the two histories share; otherwise start again from the beginning.
import { getSyncState, setSyncState } from '../../store/sync';
import type { CouchClient } from './client';

export interface CheckpointDoc {
  session_id: string;
  last_seq: unknown;
  history: { session_id: string; last_seq: unknown }[];
  replicator: 'nss-simulator';
  version: 1;
}

const HISTORY = 5;
const localKey = (replicationId: string) => `checkpoint|${replicationId}`;

/** The position both sides agree on, or null (start from the beginning). */
export function agreedPosition(local: CheckpointDoc | undefined, remote: CheckpointDoc | undefined): unknown | null {
  if (!local || !remote) return null;
  if (local.session_id === remote.session_id) return local.last_seq;
  const remoteSessions = new Map(remote.history.map((h) => [h.session_id, h]));
  for (const entry of local.history) {
    if (remoteSessions.has(entry.session_id)) return entry.last_seq;
  }
  return null;
}

export class Checkpointer {
  private last?: CheckpointDoc;

  constructor(
    private readonly client: CouchClient,
    readonly replicationId: string,
    readonly sessionId: string,
  ) {}

  async read(signal?: AbortSignal): Promise<unknown | null> {
    const [local, remote] = await Promise.all([
      getSyncState<CheckpointDoc>(localKey(this.replicationId)),
      this.client.getLocal<CheckpointDoc>(this.replicationId, signal),
    ]);
    this.last = local;
    return agreedPosition(local, remote);
  }

  /** Writes the position to the server, then here. */
  async write(lastSeq: unknown, signal?: AbortSignal): Promise<void> {
    const previous = this.last?.history ?? [];
    const doc: CheckpointDoc = {
      session_id: this.sessionId,
      last_seq: lastSeq,
      history: [{ session_id: this.sessionId, last_seq: lastSeq }, ...previous.filter((h) => h.session_id !== this.sessionId)].slice(0, HISTORY),
      replicator: 'nss-simulator',
      version: 1,
    };
    await this.client.putLocal(this.replicationId, doc as unknown as Record<string, unknown>, signal);
    await setSyncState(localKey(this.replicationId), doc);
    this.last = doc;
  }
}
