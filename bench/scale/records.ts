// A year of a busy office (NAC001) in the app's own record shapes, for bench/scale.mjs:
// N applications spread over the last 365 days and 10 新着情報 each. Payloads are
// valid by their kinds' schemas (validate() checks every one); the stored nextDueAt is
// the one the app's store derives. Applications of the last 30 days are still open,
// with their next step in the future, so the center has nothing due during the bench.
import * as v from 'valibot';
import type { Application, ApplicationKind, ApplicationStatus, ProgressEntry } from '../../src/domain/application';
import { brokerIdPayloadSchema } from '../../src/domain/broker-id/payload';
import { nextBusinessDayOnOrAfter } from '../../src/domain/calendar';
import type { Contact } from '../../src/domain/contact';
import type { Notice } from '../../src/domain/notice';
import { formatReceiptNo } from '../../src/domain/receipt';
import { nextDueAt } from '../../src/domain/review';
import { systemSettingPayloadSchema } from '../../src/domain/system-setting/payload';
import { reviewEndedNoticeText } from '../../src/domain/texts/notices';
import { isoDateOf } from '../../src/domain/time';

const DAY = 86_400_000;
const OFFICE = 'NAC001';

const CONTACT: Contact = {
  lastName: '通関',
  firstName: '太郎',
  lastNameKana: 'ツウカン',
  firstNameKana: 'タロウ',
  department: '第一営業部営業第三課',
  title: '課長',
  phone: '0301234567',
  fax: '0398765432',
  email: 'taro.tsukan@nacks-shoji.example',
};

const SETTING_PAYLOAD = {
  codes: [
    {
      userCode: '1ANAC',
      systemKind: '海上',
      newCode: false,
      english: { company: 'NACCS TRADE COMPANY', office: 'TOKYO OFFICE', manager: 'J.YAMADA', address: 'TOKYO TO MINATO KU' },
      industries: ['通関業'],
      importerCode: '',
    },
  ],
  timing: { kind: 'shortest' },
};

const BROKER_PAYLOAD = { rows: [{ userCode: '1ANAC', method: 'インタ', count: 2 }] };

const KINDS: Record<'system-setting' | 'broker-id', { letter: 'B' | 'C'; item: string; payload: unknown; category: Notice['category'] }> = {
  'system-setting': { letter: 'C', item: 'システム設定申込', payload: SETTING_PAYLOAD, category: 'システム設定' },
  'broker-id': { letter: 'B', item: '通関士IDの追加申込', payload: BROKER_PAYLOAD, category: '利用申込' },
};

export interface ScaleData {
  applications: Application[];
  notices: Notice[];
  /** the application the detail and the 受付番号 search open */
  sample: { id: string; receiptNo: string };
}

function statusOf(i: number, ageDays: number): ApplicationStatus {
  if (ageDays <= 30) return (['受付', '内容確認中', '確認依頼', '審査終了'] as const)[i % 4];
  if (i % 20 === 0) return '取下げ';
  if (i % 33 === 0) return '無効';
  return '利用開始';
}

function application(i: number, n: number, now: number): Application {
  const submittedAt = now - Math.ceil(((n - i) * 365 * DAY) / n);
  const ageDays = (now - submittedAt) / DAY;
  const kind: ApplicationKind = i % 3 === 0 ? 'broker-id' : 'system-setting';
  const def = KINDS[kind];
  const status = statusOf(i, ageDays);
  const receiptNo = formatReceiptNo({
    yy: isoDateOf(submittedAt).slice(2, 4),
    slot: Math.floor(i / 999),
    counter: (i % 999) + 1,
    letter: def.letter,
  });
  const open = status === '受付' || status === '内容確認中';
  const picked = status !== '受付';
  const answeredAt = submittedAt + 2 * DAY;
  const confirmedDate =
    status === '審査終了'
      ? nextBusinessDayOnOrAfter(isoDateOf(now + 40 * DAY))
      : status === '利用開始' || status === '無効'
        ? nextBusinessDayOnOrAfter(isoDateOf(submittedAt + 7 * DAY))
        : undefined;
  const history: ProgressEntry[] = [{ item: def.item, at: submittedAt, notice: '', status: '受付' }];
  if (picked) history.push({ item: `${def.item} 内容確認開始`, at: submittedAt + 3_600_000, notice: '', status: '内容確認中' });
  if (status === '確認依頼') history.push({ item: `${def.item} 回答(確認依頼)`, at: answeredAt, notice: '英語名を確認してください。', status });
  if (status === '取下げ') {
    history.push({ item: `${def.item} 回答(確認依頼)`, at: answeredAt, notice: '英語名を確認してください。', status: '確認依頼' });
    history.push({ item: `${def.item} 取下げ`, at: answeredAt + DAY, notice: '', status });
  }
  if (confirmedDate) history.push({ item: `${def.item} 回答(確認完了)`, at: answeredAt, notice: '', status: '審査終了' });
  if (status === '利用開始') history.push({ item: `${def.item} 利用開始`, at: submittedAt + 7 * DAY, notice: '', status });
  if (status === '無効') history.push({ item: `${def.item} 無効`, at: submittedAt + 5 * DAY, notice: '', status });
  const app: Application = {
    id: `scale-app-${i}`,
    updatedAt: submittedAt,
    rev: history.length,
    kind,
    receiptNo,
    officeCode: OFFICE,
    contact: CONTACT,
    payload: def.payload,
    desiredDate: kind === 'broker-id' ? isoDateOf(submittedAt + 7 * DAY) : undefined,
    confirmedDate,
    note: '',
    attachments: [],
    status,
    submittedAt,
    lastSubmittedAt: submittedAt,
    submissions: 1,
    ...(confirmedDate ? { reviewEndedAt: answeredAt } : {}),
    history,
    review: open ? { pickupAt: now + 2 * DAY, dueAt: now + 3 * DAY } : { pickupAt: submittedAt + 3_600_000, dueAt: answeredAt },
    ...(status === '利用開始' ? { effectAppliedAt: submittedAt + 7 * DAY } : {}),
  };
  const due = nextDueAt(app);
  return due === undefined ? app : ({ ...app, nextDueAt: due } as Application);
}

function noticesOf(app: Application, i: number): Notice[] {
  const def = KINDS[app.kind as keyof typeof KINDS];
  return Array.from({ length: 10 }, (_, k) => ({
    id: `scale-notice-${i}-${k}`,
    officeCode: OFFICE,
    at: app.submittedAt + k * 60_000,
    category: def.category,
    receiptNo: app.receiptNo,
    applicationId: app.id,
    text: reviewEndedNoticeText(def.item),
    updatedAt: app.submittedAt,
    rev: 1,
  }));
}

export function generate(n: number, now: number): ScaleData {
  const applications = Array.from({ length: n }, (_, i) => application(i, n, now));
  const notices = applications.flatMap((a, i) => noticesOf(a, i));
  // the same kind of record at every N: the first system-setting application in 利用開始 from the middle on
  const sample = applications.slice(Math.floor(n / 2)).find((a) => a.kind === 'system-setting' && a.status === '利用開始')!;
  return { applications, notices, sample: { id: sample.id, receiptNo: sample.receiptNo } };
}

/** Problems of the generated data: payloads invalid by their schema, receipt numbers issued twice. */
export function validate(data: ScaleData): string[] {
  const problems: string[] = [];
  const schemas = { 'system-setting': systemSettingPayloadSchema, 'broker-id': brokerIdPayloadSchema } as const;
  for (const app of data.applications) {
    const result = v.safeParse(schemas[app.kind as keyof typeof schemas], app.payload);
    if (!result.success) problems.push(`${app.receiptNo}: ${result.issues.map((x) => x.message).join(' ')}`);
  }
  if (new Set(data.applications.map((a) => a.receiptNo)).size !== data.applications.length) problems.push('受付番号 issued twice');
  return problems;
}
