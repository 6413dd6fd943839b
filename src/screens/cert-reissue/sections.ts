// The blocks of デジタル証明書再発行申込 確認; the filed application's view in
// 申込内容確認 shows the same blocks without 「入力に戻る」.
import type { CertReissuePayload } from '../../domain/cert-reissue/payload';
import { REASON_LABEL, reasonText } from '../../domain/cert-reissue/payload';
import type { Contact } from '../../domain/contact';
import type { ConfirmSection } from '../../domain/sections';
import { contactRows } from '../../wizard/contact-rows';
import type { StepId } from './state';

export interface CertReissueContent {
  contact: Contact;
  selection: CertReissuePayload;
}

export const REISSUE_TERMINAL_COLUMNS = ['申込内容', '区分', '利用機器区分', 'パッケージソフト区分', '論理端末名'];

export function certReissueSections(content: CertReissueContent): ConfirmSection<StepId>[] {
  const t = content.selection.terminal;
  return [
    {
      id: 'contact',
      title: '申込担当者情報',
      backTo: 'contact',
      content: [{ type: 'rows', rows: contactRows(content.contact) }],
    },
    {
      id: 'terminal',
      title: '申込情報',
      backTo: 'terminal',
      content: [
        { type: 'table', columns: REISSUE_TERMINAL_COLUMNS, rows: [['証明書再発行', t.systemKind, t.equipment, t.packageKind, t.name]] },
        { type: 'rows', rows: [{ label: REASON_LABEL, value: reasonText(content.selection) }] },
      ],
    },
  ];
}
