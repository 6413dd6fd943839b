// What a filed 変更申込 said, for 申込内容確認's 利用申込詳細 (seed 002): the tabs
// 利用申込 / 事業所 / netNACCS / 一般NACCS / 回線申込 / 請求先, each with the changes that
// belong to it, and 申込結果 with the confirmed 利用開始日 once the review has ended.
import { createSignal, For, Show } from 'solid-js';
import type { KindViewProps } from '../../center/kind-definition';
import { contractChangePayloadSchema, type ContractChangePayload } from '../../domain/contract-change/payload';
import { changeResultCounts } from '../../domain/contract-change/result';
import type { ConfirmSection, SectionContent } from '../../domain/sections';
import { Sections } from '../../ui/form/Sections';
import { Tabs } from '../../ui/Tabs';
import { FiledPayload } from '../../wizard/FiledPayload';
import { ResultBlock } from '../applications/ResultBlock';
import { blocksOf, contractChangeSections } from './sections';
import { OTHER_STEPS } from './other-steps';

const OTHER_STEP_IDS = new Set<string>(OTHER_STEPS.map((s) => s.id));

type TabKey = 'usage' | 'office' | 'netNACCS' | 'general' | 'lines' | 'billing';

const TABS: { key: TabKey; label: string; empty: string }[] = [
  { key: 'usage', label: '利用申込', empty: '' },
  { key: 'office', label: '事業所', empty: 'この申込による事業所の変更はありません。' },
  { key: 'netNACCS', label: 'netNACCS', empty: 'この申込によるnetNACCSの変更はありません。' },
  { key: 'general', label: '一般NACCS', empty: 'この申込による一般NACCSの変更はありません。' },
  { key: 'lines', label: '回線申込', empty: 'この申込による回線の変更はありません。' },
  { key: 'billing', label: '請求先', empty: 'この申込による請求先の変更はありません。' },
];

/** A code table section split by system: net rows to netNACCS, the others to 一般NACCS. */
function byMethod(section: ConfirmSection, net: boolean): ConfirmSection | undefined {
  const content = section.content.flatMap((c): SectionContent[] => {
    if (c.type !== 'table') return [c];
    const methodCol = c.columns.indexOf('処理方式');
    const rows = c.rows.filter((r) => (r[methodCol] === 'net') === net);
    return rows.length ? [{ ...c, rows }] : [];
  });
  return content.some((c) => c.type === 'table') ? { ...section, content } : undefined;
}

function tabsOf(payload: ContractChangePayload, sections: ConfirmSection[]): Record<TabKey, ConfirmSection[]> {
  const find = (id: string) => sections.find((s) => s.id === id);
  const codes = find('codes');
  const present = <T,>(xs: (T | undefined)[]) => xs.filter((x): x is T => !!x);
  return {
    // その他の契約変更's blocks (others.ts) belong to the application itself
    usage: [...present([find('contact'), find('items')]), ...sections.filter((s) => OTHER_STEP_IDS.has(s.id))],
    office: present([find('company'), find('contractor'), find('headOffice'), find('admin'), find('plan'), find('options')]),
    netNACCS: present([codes && byMethod(codes, true), find('terminals')]),
    general: present([codes && byMethod(codes, false), find('generalTerminals'), find('mailboxes')]),
    lines: present([find('lines')]),
    billing: present([find('billingAddress'), find('billingContact'), find('payment')]),
  };
}

export default function FiledView(props: KindViewProps) {
  const [tab, setTab] = createSignal<TabKey>('usage');
  return (
    <FiledPayload schema={contractChangePayloadSchema} payload={props.application.payload}>
      {(p) => {
        const sections = () =>
          contractChangeSections({
            contact: props.application.contact,
            items: p().items,
            other: p().other,
            startDate: props.application.desiredDate,
            codes: p().codes ?? [],
            terminals: p().terminals,
            plan: p().plan,
            blocks: blocksOf(p()),
            options: p().options,
            others: p(),
            lines: p().lines,
            generalTerminals: p().generalTerminals,
            mailboxes: p().mailboxes,
            officeCode: props.application.officeCode,
          });
        const byTab = () => tabsOf(p(), sections());
        return (
          <>
            <p>申込情報詳細を表示します。</p>
            <Tabs label="申込情報" idPrefix="usage" tabs={TABS.map(({ key, label }) => ({ key, label }))} selected={tab()} onSelect={setTab}>
              <For each={TABS.filter((t) => t.key === tab())}>
                {(t) => (
                  <Show when={byTab()[t.key].length > 0} fallback={<p>{t.empty}</p>}>
                    <Sections sections={byTab()[t.key]} />
                  </Show>
                )}
              </For>
            </Tabs>
            <Show when={props.application.confirmedDate}>
              <ResultBlock application={props.application} counts={changeResultCounts(p())} />
            </Show>
          </>
        );
      }}
    </FiledPayload>
  );
}
