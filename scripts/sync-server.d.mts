export function startSyncServer(options?: { port?: number; host?: string; user?: string; password?: string }): Promise<{ url: string; close: () => Promise<void> }>;
