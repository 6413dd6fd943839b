// What a filed システム設定申込 said, for 申込内容確認's detail screen: the same
// blocks as the confirmation screen, without 「入力に戻る」.
import type { KindViewProps } from '../../center/kind-definition';
import { systemSettingPayloadSchema } from '../../domain/system-setting/payload';
import { Sections } from '../../ui/form/Sections';
import { FiledPayload } from '../../wizard/FiledPayload';
import { systemSettingSections } from './sections';

export default function FiledView(props: KindViewProps) {
  return (
    <FiledPayload schema={systemSettingPayloadSchema} payload={props.application.payload}>
      {(payload) => (
        <Sections
          sections={systemSettingSections({
            contact: props.application.contact,
            codes: payload().codes,
            targets: payload().targets ?? payload().codes.map((c) => ({ userCode: c.userCode, english: c.english, set: true })),
            timing: payload().timing,
            note: props.application.note,
            attachments: props.application.attachments,
          })}
        />
      )}
    </FiledPayload>
  );
}
