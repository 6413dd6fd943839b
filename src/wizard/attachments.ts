// The draft's 添付ファイル as a step offers them: the limits checked before anything is
// stored (the message at the picker), then the files written with the draft.
import { createSignal } from 'solid-js';
import { attachmentProblem } from '../domain/validation/attachments';
import { useWizard } from './context';

export function createDraftFiles() {
  const { session } = useWizard<object, string>();
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  return {
    files: () => session.draft().attachments,
    error,
    busy,
    async add(files: File[]) {
      const problem = attachmentProblem(session.draft().attachments, files);
      setError(problem);
      if (problem) return;
      setBusy(true);
      try {
        await session.addFiles(files.map((f) => ({ name: f.name, type: f.type, size: f.size, blob: f })));
      } finally {
        setBusy(false);
      }
    },
    remove(id: string) {
      setError(undefined);
      void session.removeFile(id);
    },
  };
}

export type DraftFiles = ReturnType<typeof createDraftFiles>;
