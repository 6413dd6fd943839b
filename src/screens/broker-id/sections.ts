// The blocks of 通関士ID追加申込 確認; the filed application's view in 申込内容確認
// shows the same blocks without 「入力に戻る」.
import type { Contact } from '../../domain/contact';
import { START_DATE_LABEL } from '../../domain/validation/start-date';
import type { BrokerIdRow } from '../../domain/broker-id/payload';
import { totalBrokerIds } from '../../domain/broker-id/rules';
import { BROKER_INDUSTRIES } from '../../domain/broker-id/texts';
import { toYmd8, type IsoDate } from '../../domain/time';
import { contactRows } from '../../wizard/contact-rows';
import type { ConfirmSection } from '../../domain/sections';
import type { StepId } from './state';

export interface BrokerIdContent {
  contact: Contact;
  rows: readonly BrokerIdRow[];
  startDate?: IsoDate;
}

const ROW_COLUMNS = ['申込内容', '業種', '処理方式', '利用者コード', '追加(数)'];

function rowCells(r: BrokerIdRow): string[] {
  return ['追加', BROKER_INDUSTRIES.join(' '), r.method, r.userCode, String(r.count)];
}

export function brokerIdSections(content: BrokerIdContent): ConfirmSection<StepId>[] {
  return [
    {
      id: 'contact',
      title: '申込担当者情報',
      backTo: 'contact',
      content: [{ type: 'rows', rows: contactRows(content.contact) }],
    },
    {
      id: 'start-date',
      title: '利用開始日に関する項目',
      backTo: 'ids',
      content: [{ type: 'rows', rows: [{ label: START_DATE_LABEL, value: content.startDate ? toYmd8(content.startDate) : '' }] }],
    },
    {
      id: 'rows',
      title: '申込情報',
      backTo: 'ids',
      content: [
        { type: 'table', columns: ROW_COLUMNS, rows: content.rows.map(rowCells) },
        { type: 'rows', rows: [{ label: '追加する通関士IDの合計', value: String(totalBrokerIds(content.rows)) }] },
      ],
    },
  ];
}
