// The blocks of システム設定申込内容 確認 (seed 000 ⑧); the filed application's
// view in 申込内容確認 shows the same blocks without 「入力に戻る」.
import type { AttachmentRef } from '../../domain/application';
import type { Contact } from '../../domain/contact';
import { settingValues } from '../../domain/system-setting/checks';
import { ENGLISH_COLUMN_LABELS } from '../../domain/system-setting/fields';
import { allTabsFor, itemRowLabel } from '../../domain/system-setting/items';
import type { CodeSetting, Timing } from '../../domain/system-setting/payload';
import type { TargetCode } from '../../domain/system-setting/targets';
import { reflectionText } from '../../domain/system-setting/schedule';
import type { IsoDate } from '../../domain/time';
import { contactRows } from '../../wizard/contact-rows';
import type { ConfirmSection } from '../../domain/sections';
import type { StepId } from './state';

export interface FiledContent {
  contact: Contact;
  codes: CodeSetting[];
  /** 本申込で修正対象となる利用者コード */
  targets: TargetCode[];
  timing: Timing;
  note: string;
  attachments: readonly AttachmentRef[];
  /** the date NACCS is asked to reflect the settings on */
  reflection?: IsoDate;
}

const NAME_COLUMNS = ['利用者コード', ENGLISH_COLUMN_LABELS.company, ENGLISH_COLUMN_LABELS.office, ENGLISH_COLUMN_LABELS.address, ENGLISH_COLUMN_LABELS.manager];

const nameCells = (c: { userCode: string; english: CodeSetting['english'] }) => [
  c.userCode,
  c.english.company,
  c.english.office,
  c.english.address,
  c.english.manager,
];

/** 「その他の情報」「詳細」: what the tabs after 名称 registered for the code. */
export function otherInfoRows(c: CodeSetting): { label: string; value: string }[] {
  const values = settingValues(c);
  const rows = [{ label: '業種', value: c.industries.join(' ') || '(未登録)' }];
  for (const tab of allTabsFor(c.industries))
    for (const item of tab.items)
      if (values[item.key]) rows.push({ label: itemRowLabel(tab, item), value: values[item.key] });
  rows.push({ label: '新規利用者コード', value: c.newCode ? 'はい' : 'いいえ' });
  return rows;
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

/**
 * The seed's blocks in its order (申込担当者情報, システム設定情報, 本申込で修正対象となる
 * 利用者コード, 添付ファイル), then ours: NACCS登録希望日に関する項目 as entered.
 */
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
          rows: content.codes.map((c) => [...nameCells(c), c.systemKind, c.industries.join(' '), { detail: otherInfoRows(c) }]),
        },
      ],
    },
    {
      id: 'targets',
      title: '本申込で修正対象となる利用者コード',
      backTo: 'codes',
      content: [{ type: 'table', columns: NAME_COLUMNS, rows: content.targets.map(nameCells) }],
    },
    {
      id: 'attachments',
      title: '添付ファイル',
      backTo: 'codes',
      content: [{ type: 'files', files: [...content.attachments] }],
    },
    {
      id: 'schedule',
      title: 'NACCS登録希望日に関する項目',
      backTo: 'codes',
      content: [{ type: 'rows', rows: timingRows(content.timing, content.note, content.reflection) }],
    },
  ];
}
