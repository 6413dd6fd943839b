// The blocks of システム設定申込内容 確認 (seed 000 ⑧); the filed application's
// view in 申込内容確認 shows the same blocks without 「入力に戻る」.
import type { AttachmentRef } from '../../domain/application';
import type { Contact } from '../../domain/contact';
import { ENGLISH_COLUMN_LABELS, IMPORTER_CODE_LABEL } from '../../domain/system-setting/fields';
import type { CodeSetting, Timing } from '../../domain/system-setting/payload';
import { reflectionText } from '../../domain/system-setting/schedule';
import type { IsoDate } from '../../domain/time';
import { contactRows } from '../../wizard/contact-rows';
import type { ConfirmSection } from '../../domain/sections';
import type { StepId } from './state';

export interface FiledContent {
  contact: Contact;
  codes: CodeSetting[];
  timing: Timing;
  note: string;
  attachments: readonly AttachmentRef[];
  /** the date NACCS is asked to reflect the settings on */
  reflection?: IsoDate;
}

const NAME_COLUMNS = ['利用者コード', ENGLISH_COLUMN_LABELS.company, ENGLISH_COLUMN_LABELS.office, ENGLISH_COLUMN_LABELS.address, ENGLISH_COLUMN_LABELS.manager];

const nameCells = (c: CodeSetting) => [c.userCode, c.english.company, c.english.office, c.english.address, c.english.manager];

function otherInfo(c: CodeSetting) {
  return {
    detail: [
      { label: '業種', value: c.industries.join(' ') },
      { label: IMPORTER_CODE_LABEL, value: c.importerCode || '(入力なし)' },
      { label: '新規利用者コード', value: c.newCode ? 'はい' : 'いいえ' },
    ],
  };
}

function timingRows(timing: Timing, note: string, reflection?: IsoDate) {
  const timingText =
    timing.kind === 'shortest'
      ? `最短の日程で登録を希望${reflection ? `(${reflectionText(reflection)})` : ''}`
      : '日付を指定して登録を希望';
  return [
    { label: 'NACCS反映タイミング', value: timingText },
    ...(timing.kind === 'specified' ? [{ label: 'NACCS登録希望日', value: timing.date.replaceAll('-', '') }] : []),
    { label: '備考', value: note },
  ];
}

export function systemSettingSections(content: FiledContent): ConfirmSection<StepId>[] {
  return [
    {
      id: 'contact',
      title: '申込担当者情報',
      backTo: 'contact',
      content: [{ type: 'rows', rows: contactRows(content.contact) }],
    },
    {
      id: 'settings',
      title: 'システム設定情報',
      backTo: 'codes',
      content: [
        {
          type: 'table',
          columns: [...NAME_COLUMNS, '区分', '業種', 'その他の情報'],
          rows: content.codes.map((c) => [...nameCells(c), c.systemKind, c.industries.join(' '), otherInfo(c)]),
        },
        { type: 'rows', rows: timingRows(content.timing, content.note, content.reflection) },
      ],
    },
    {
      id: 'targets',
      title: '本申込で修正対象となる利用者コード',
      backTo: 'codes',
      content: [{ type: 'table', columns: NAME_COLUMNS, rows: content.codes.map(nameCells) }],
    },
    {
      id: 'attachments',
      title: '添付ファイル',
      backTo: 'codes',
      content: [{ type: 'files', files: [...content.attachments] }],
    },
  ];
}
