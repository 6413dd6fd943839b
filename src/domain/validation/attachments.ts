// Limits on attached files (添付ファイル); our choice, docs/wizard.md.
export const ATTACHMENT_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 20 * 1024 * 1024,
  maxFiles: 10,
} as const;

/** '37KB' as the seed lists an attachment; at least 1KB, MB from 1,000KB on. */
export function formatFileSize(bytes: number): string {
  const kb = Math.max(1, Math.ceil(bytes / 1024));
  if (kb < 1000) return `${kb}KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')}MB`;
}

interface Sized {
  name: string;
  size: number;
}

/** Why these files cannot be added to those already attached, or undefined if they can. */
export function attachmentProblem(existing: readonly Sized[], adding: readonly Sized[]): string | undefined {
  const L = ATTACHMENT_LIMITS;
  const empty = adding.find((f) => f.size === 0);
  if (empty) return `添付ファイル「${empty.name}」は空のファイルのため添付できません。`;
  const big = adding.find((f) => f.size > L.maxFileBytes);
  if (big)
    return `添付ファイル「${big.name}」(${formatFileSize(big.size)})は大きすぎるため添付できません。1ファイルあたり${formatFileSize(L.maxFileBytes)}までです。`;
  if (existing.length + adding.length > L.maxFiles)
    return `添付ファイルは1つの申込につき${L.maxFiles}ファイルまでです。(添付済み${existing.length}ファイル)`;
  const total = [...existing, ...adding].reduce((s, f) => s + f.size, 0);
  if (total > L.maxTotalBytes)
    return `添付ファイルの合計は1つの申込につき${formatFileSize(L.maxTotalBytes)}までです。(合計${formatFileSize(total)})`;
  return undefined;
}
