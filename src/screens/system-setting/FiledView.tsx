// What a filed システム設定申込 said, for 申込内容確認's detail screen: the same
// blocks as the confirmation screen, without 「入力に戻る」.
import type { KindViewProps } from '../applications/kind-views';
import type { SystemSettingPayload } from '../../domain/system-setting/payload';
import { Sections } from '../../ui/form/Sections';
import { systemSettingSections } from './sections';
import '../../ui/form/form.css';

export default function FiledView(props: KindViewProps) {
  const sections = () => {
    const app = props.application;
    const payload = app.payload as SystemSettingPayload;
    return systemSettingSections({
      contact: app.contact,
      codes: payload.codes,
      timing: payload.timing,
      note: app.note,
      attachments: app.attachments,
    }).map(({ backTo: _back, ...section }) => section);
  };
  return <Sections sections={sections()} />;
}
