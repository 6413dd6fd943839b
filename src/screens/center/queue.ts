// The trainer's queue: open applications grouped by status, with what the
// center will do next and when.
import type { Application, ApplicationStatus } from '../../domain/application';
import { formatDate, formatDateTime } from '../../domain/time';

export const QUEUE_STATUSES = ['受付', '内容確認中', '確認依頼', '審査終了'] as const satisfies readonly ApplicationStatus[];
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const QUEUE_TITLES: Record<QueueStatus, string> = {
  受付: '受付（内容確認の開始待ち）',
  内容確認中: '内容確認中（回答待ち）',
  確認依頼: '確認依頼（申込者の修正・取下げ待ち）',
  審査終了: '審査終了（利用開始日待ち）',
};

export function groupQueue(apps: Application[]): Record<QueueStatus, Application[]> {
  const groups = { 受付: [], 内容確認中: [], 確認依頼: [], 審査終了: [] } as Record<QueueStatus, Application[]>;
  for (const a of apps) if ((QUEUE_STATUSES as readonly string[]).includes(a.status)) groups[a.status as QueueStatus].push(a);
  return groups;
}

/** What happens next by itself, in words for the trainer. */
export function nextStepText(app: Application, dateLabel: string): string {
  switch (app.status) {
    case '受付':
      if (app.review.manual || app.review.pickupAt === undefined) return '手動（トレーナーが内容確認を開始）';
      return `内容確認開始予定 ${formatDateTime(app.review.pickupAt)}`;
    case '内容確認中':
      if (app.review.manual || app.review.dueAt === undefined) return '手動（トレーナーが回答）';
      return `回答予定 ${formatDateTime(app.review.dueAt)}`;
    case '確認依頼':
      return '申込者の修正または取下げ待ち';
    case '審査終了':
      return app.confirmedDate ? `${dateLabel} ${formatDate(app.confirmedDate)} 00:00 に反映` : '';
    default:
      return '';
  }
}
