// The mistakes a trainee made on the way, from the event log, in plain words:
// a field's message becomes what was done (「電話番号にハイフンを入力しました」),
// counted each time the step refused it. A message no pattern knows is kept as
// the app showed it, so no mistake is ever left out.
import type { TrainingEventRecord } from '../domain/training/events';
import type { Mistake } from '../domain/training/result';

/** A field rule's message, and what the trainee did to meet it. */
const PATTERNS: readonly [RegExp, string][] = [
  [/^(.+?)は「-」\(ハイフン\)を入力せずに/, '$1にハイフンを入力しました'],
  [/^(.+?)は全角で入力してください。半角の文字/, '$1に半角の文字を入力しました'],
  [/^(.+?)は全角カナで入力してください。/, '$1にカナ以外の文字を入力しました'],
  [/^(.+?)は半角数字で入力してください。全角の数字/, '$1に全角の数字を入力しました'],
  [/^(.+?)は半角英数字で入力してください。全角の文字/, '$1に全角の文字を入力しました'],
  [/^(.+?)は半角英大文字(?:・数字)?で入力してください。小文字/, '$1に小文字を入力しました'],
  [/^(.+?)は(\d+)文字以内で入力してください。/, '$1に$2文字を超えて入力しました'],
  [/^(.+?)に存在しない日付/, '$1に存在しない日付を入力しました'],
  [/^(.+?)は「\/」や「-」を入力せずに/, '$1に「/」や「-」を入力しました'],
  [/^(.+?)の.+?は(.+?)のため指定できません。/, '$1に$2を指定しました'],
  [/^(.+?)は.+?以降の日付を入力してください。/, '$1に早すぎる日付を指定しました'],
  [/^(.+?)を入力してください。/, '$1を入力しないまま進もうとしました'],
  [/^(.+?)を選択してください。/, '$1を選択しないまま進もうとしました'],
  [/^確認のため、同じE-mailアドレスを入力してください。/, '確認用のE-mailアドレスが一致しませんでした'],
  [/^通関士証票番号欄は\d+桁です。/, '通関士証票番号を、証票の記載どおりハイフン付きで入力しました'],
  [/^利用者ID\((\w+)\)はサイバーポート用の利用者IDのため/, 'UTBにサイバーポート用の利用者ID($1)でログオンしようとしました'],
];

/** What the trainee did, for a message the app showed. */
export function plainMistake(message: string): string {
  for (const [pattern, sentence] of PATTERNS) {
    const m = pattern.exec(message);
    if (m) return m[0].replace(pattern, sentence);
  }
  return message.replace(/。$/, '');
}

/** Every refused input and every UTB answer that refused, once per wording, with how often, in the order first met. */
export function mistakesOf(events: readonly TrainingEventRecord[]): Mistake[] {
  const counts = new Map<string, number>();
  for (const { event } of events) {
    const message =
      event.type === 'error'
        ? event.message
        : (event.type === 'utb' || event.type === 'login') && !event.ok
          ? event.type === 'login'
            ? `ログインID「${event.loginId}」でログインできませんでした`
            : event.message
          : undefined;
    if (!message) continue;
    const text = plainMistake(message);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([text, count]) => ({ text, count }));
}

/** 「電話番号にハイフンを入力しました（2回）」 */
export function mistakeLine(m: Mistake): string {
  return m.count > 1 ? `${m.text}（${m.count}回）` : m.text;
}
