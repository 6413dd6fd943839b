// What is wrong with a stored or imported record, in words a trainer can act on.
// valibot's own messages are English and quote whole values; these name the field
// and clip what was found, so a hostile value cannot flood the screen.
import * as v from 'valibot';

const MAX_FOUND = 40;

function clip(text: string, max = MAX_FOUND): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  if (!path) return `記録全体の形式が正しくありません（${clip(issue.received)}）`;
  if (issue.received === 'undefined' && (issue.type === 'object' || issue.type === 'strict_object')) {
    return `${path} がありません`;
  }
  if (issue.type === 'strict_object' && issue.expected === 'never') return `${path} は知らない項目です`;
  // our own checks carry a Japanese message of their own
  if (issue.type === 'custom') return `${path}：${issue.message.replace(/。$/, '')}（${clip(issue.received)}）`;
  if (issue.type === 'check') return `${path}：${issue.message.replace(/。$/, '')}`;
  return `${path} の値が正しくありません（${clip(issue.received)}）`;
}

/** Up to `max` problems of a failed parse, one sentence fragment each. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], max = 3): string[] {
  const out = issues.slice(0, max).map(describeIssue);
  if (issues.length > max) out.push(`ほか${issues.length - max}件`);
  return out;
}
