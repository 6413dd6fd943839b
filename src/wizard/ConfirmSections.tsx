// The blocks of a confirmation step, each with 「入力に戻る」 to the step it came
// from, after the note that says when this is a 修正 of a filed application.
import { Show } from 'solid-js';
import { Sections } from '../ui/form/Sections';
import type { ConfirmSection } from '../domain/sections';
import { useWizard } from './context';

export function ConfirmSections<Id extends string>(props: { sections: ConfirmSection<Id>[] }) {
  const { session, go } = useWizard<object, Id>();
  return (
    <>
      <Show when={session.draft().amends}>
        <p class="notice-box">確認依頼のあった申込の修正です。登録すると、同じ申込受付番号で再度申込されます。</p>
      </Show>
      <Sections
        sections={props.sections}
        onBack={(section) => section.backTo && go({ id: section.backTo as Id, params: section.backParams })}
      />
    </>
  );
}
