import { createSignal, For, Show } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { standardDaysOf } from '../../center/standard-days';
import { allKinds } from '../../kinds/registry';
import { setSetting, type ReviewScenario, type ReviewSettings, type ReviewSpeed } from '../../store/settings';
import { hostileCharMessage } from '../../domain/validation/hostile';
import { Block } from '../../ui/Block';

const SPEEDS: { value: ReviewSpeed; label: string }[] = [
  { value: 'immediate', label: 'すぐに回答する' },
  { value: 'nextBusinessDay', label: '翌営業日に回答する（標準）' },
  { value: 'businessDays', label: '指定した営業日数の後に回答する' },
  { value: 'manual', label: '手動（トレーナーが回答する）' },
];

const SCENARIOS: { value: ReviewScenario; label: string }[] = [
  { value: 'approve', label: '常に承認する' },
  { value: 'firstRequest', label: '初回の申込は必ず確認依頼にする' },
  { value: 'random', label: 'ランダム（シードを指定すると同じ結果を再現できます）' },
];


/** Problems of the form, field by field, in the seeds' voice. */
function reviewSettingsProblems(s: ReviewSettings): string[] {
  const problems: string[] = [];
  const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
  if (s.speed === 'businessDays' && !whole(s.businessDays, 1, 30)) problems.push('回答までの営業日数は1〜30の半角数字で入力してください。');
  if (!whole(s.answerHour, 0, 23)) problems.push('回答時刻は0〜23の半角数字で入力してください。');
  if (s.scenario === 'random' && !whole(s.seed, 0, 999_999)) problems.push('シードは0〜999999の半角数字で入力してください。');
  for (const k of allKinds()) {
    if (!whole(standardDaysOf(k, s), 0, 60)) problems.push(`${k.texts.listLabel}の標準日数は0〜60の半角数字で入力してください。`);
  }
  return problems;
}

const num = (text: string) => (/^\d+$/.test(text.normalize('NFKC').trim()) ? Number(text.normalize('NFKC').trim()) : NaN);

/** The number fields as typed, so a half-typed value is never rewritten under the cursor. */
interface NumberTexts {
  businessDays: string;
  answerHour: string;
  seed: string;
  standardDays: Record<string, string>;
}

function textsOf(s: ReviewSettings): NumberTexts {
  const standardDays: Record<string, string> = {};
  for (const k of allKinds()) standardDays[k.kind] = String(standardDaysOf(k, s));
  return { businessDays: String(s.businessDays), answerHour: String(s.answerHour), seed: String(s.seed), standardDays };
}

function settingsOf(choice: Pick<ReviewSettings, 'speed' | 'scenario'>, t: NumberTexts): ReviewSettings {
  const standardDays: Record<string, number> = {};
  for (const k of allKinds()) standardDays[k.kind] = num(t.standardDays[k.kind]);
  return { ...choice, businessDays: num(t.businessDays), answerHour: num(t.answerHour), seed: num(t.seed), standardDays };
}

/** A field holding an invisible or control character, named (docs/security.md). */
function hostileProblems(t: NumberTexts): string[] {
  const fields: [string, string][] = [
    ['回答までの営業日数', t.businessDays],
    ['回答時刻', t.answerHour],
    ['シード', t.seed],
    ...allKinds().map((k): [string, string] => [`${k.texts.listLabel}の標準日数`, t.standardDays[k.kind] ?? '']),
  ];
  return fields.map(([label, text]) => hostileCharMessage(label, text)).filter((m): m is string => !!m);
}

/** How the simulated center reviews: speed, scenario, standard days per kind. */
export function ReviewSettingsPanel(props: { settings: ReviewSettings }) {
  // The form starts from the stored settings and is saved as a whole.
  const [form, setForm] = createStore({ speed: props.settings.speed, scenario: props.settings.scenario });
  const [texts, setTexts] = createStore<NumberTexts>(textsOf(props.settings));
  const [problems, setProblems] = createSignal<string[]>([]);
  const [saved, setSaved] = createSignal(false);

  const save = async (e: Event) => {
    e.preventDefault();
    const value = settingsOf(unwrap(form), unwrap(texts));
    const found = [...hostileProblems(unwrap(texts)), ...reviewSettingsProblems(value)];
    setProblems(found);
    if (found.length) return;
    await setSetting('review', value);
    setSaved(true);
    setTimeout(() => setSaved(false), 3000);
  };

  return (
    <Block id="review-settings" title="審査の設定">
      <form class="review-settings" onSubmit={save} onInput={() => setSaved(false)}>
        <fieldset>
          <legend>回答の速さ</legend>
          <Choices name="speed" options={SPEEDS} value={form.speed} onValue={(v) => setForm('speed', v)} />
          <div class="inline-field">
            <label for="review-days">回答までの営業日数</label>
            <input id="review-days" size="4" value={texts.businessDays} onInput={(e) => setTexts('businessDays', e.currentTarget.value)} />
          </div>
          <div class="inline-field">
            <label for="review-hour">回答時刻（時）</label>
            <input id="review-hour" size="4" value={texts.answerHour} onInput={(e) => setTexts('answerHour', e.currentTarget.value)} />
          </div>
          <p class="field-hint">速さの変更は、これから受け付ける申込と修正に適用されます。</p>
        </fieldset>
        <fieldset>
          <legend>審査結果のシナリオ</legend>
          <p class="field-hint">自動チェックで不備が見つかった申込は、シナリオにかかわらず確認依頼になります。</p>
          <Choices name="scenario" options={SCENARIOS} value={form.scenario} onValue={(v) => setForm('scenario', v)} />
          <div class="inline-field">
            <label for="review-seed">シード</label>
            <input id="review-seed" size="8" value={texts.seed} onInput={(e) => setTexts('seed', e.currentTarget.value)} />
          </div>
        </fieldset>
        <fieldset>
          <legend>標準日数（申込日から利用開始日・NACCS登録日までの営業日数）</legend>
          <table class="data-table standard-days">
            <thead>
              <tr>
                <th scope="col">申込種別</th>
                <th scope="col">標準日数（営業日）</th>
              </tr>
            </thead>
            <tbody>
              <For each={allKinds()}>
                {(k) => (
                  <tr>
                    <th scope="row">
                      <label for={`standard-${k.kind}`}>{k.texts.listLabel}</label>
                    </th>
                    <td>
                      <input
                        id={`standard-${k.kind}`}
                        size="4"
                        value={texts.standardDays[k.kind]}
                        onInput={(e) => setTexts('standardDays', k.kind, e.currentTarget.value)}
                      />
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </fieldset>
        <Show when={problems().length > 0}>
          <ul role="alert" class="error-text">
            <For each={problems()}>{(p) => <li>{p}</li>}</For>
          </ul>
        </Show>
        <div class="actions start">
          <button type="submit" class="btn">
            設定を保存する
          </button>
          <Show when={saved()}>
            <span role="status" class="settings-saved">
              保存しました。
            </span>
          </Show>
        </div>
      </form>
    </Block>
  );
}

/** Radio buttons, one a line, for one choice of the form. */
function Choices<T extends string>(props: { name: string; options: { value: T; label: string }[]; value: T; onValue: (value: T) => void }) {
  return (
    <For each={props.options}>
      {(o) => (
        <label class="choice">
          <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} onChange={() => props.onValue(o.value)} />
          {o.label}
        </label>
      )}
    </For>
  );
}
