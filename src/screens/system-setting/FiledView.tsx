// What a filed システム設定申込 said, for 申込内容確認's detail screen: the same
// blocks as the confirmation screen, without 「入力に戻る」.
import * as v from 'valibot';
import { Show } from 'solid-js';
import type { KindViewProps } from '../applications/kind-views';
import { systemSettingPayloadSchema, type SystemSettingPayload } from '../../domain/system-setting/payload';
import { Sections } from '../../ui/form/Sections';
import { systemSettingSections } from './sections';

export default function FiledView(props: KindViewProps) {
  const payload = (): SystemSettingPayload | undefined => {
    const parsed = v.safeParse(systemSettingPayloadSchema, props.application.payload);
    return parsed.success ? parsed.output : undefined;
  };
  return (
    <Show
      when={payload()}
      fallback={<p class="notice-box">この申込の申込内容は、現在の形式で表示できません。</p>}
    >
      {(payload) => (
        <Sections
          sections={systemSettingSections({
            contact: props.application.contact,
            codes: payload().codes,
            timing: payload().timing,
            note: props.application.note,
            attachments: props.application.attachments,
          }).map(({ backTo: _back, ...section }) => section)}
        />
      )}
    </Show>
  );
}
