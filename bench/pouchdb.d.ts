// The little of PouchDB's API the replication bench uses (the packages ship no types).
declare module 'pouchdb-core' {
  interface ReplicationResult {
    docs_written: number;
    docs_read: number;
  }
  interface Database {
    bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<unknown>;
    destroy(): Promise<void>;
  }
  interface PouchDBStatic {
    new (name: string, options?: { adapter?: string }): Database;
    plugin(plugin: unknown): PouchDBStatic;
    replicate(source: Database, target: Database, options?: { batch_size?: number }): Promise<ReplicationResult>;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-replication';
