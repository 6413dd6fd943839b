// The trainer's results as CSV (UTF-8 with a BOM, so that Excel reads the Japanese).
import { formatDateTime } from '../domain/time';
import type { ExerciseResult } from '../domain/training/result';
import { durationText, scoreText } from './grade';
import { mistakeLine } from './mistakes';

const HEADER = ['研修生', '演習', '開始日時', '採点日時', '所要時間', '達成', '未達成の項目', '誤り'];

function cell(value: string): string {
  // a leading = + - @ would be a formula to a spreadsheet: quote it as text
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function resultsCsv(results: readonly ExerciseResult[]): string {
  const rows = results.map((r) => [
    r.trainee,
    r.exerciseTitle,
    formatDateTime(r.startedAt),
    formatDateTime(r.gradedAt),
    durationText(r.gradedAt - r.startedAt),
    scoreText(r.checks),
    r.checks
      .filter((c) => !c.met)
      .map((c) => c.label)
      .join(' / '),
    r.mistakes.map(mistakeLine).join(' / '),
  ]);
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
