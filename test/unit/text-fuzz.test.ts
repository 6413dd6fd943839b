// Property-based tests (fast-check) for every text rule and payload schema: for
// any input a rule answers and never throws, an invalid value always carries a
// message, and what the center files or the trainer sends never holds a value
// the rules refuse.
import fc from 'fast-check';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { SubmitRefusedError } from '../../src/center/errors';
import { submitApplication } from '../../src/center/submit';
import { trainerPickup, trainerRequest } from '../../src/center/trainer';
import { utbInputForCard, validateUtbCardField } from '../../src/domain/broker-id/card-number';
import { setRow } from '../../src/domain/broker-id/input';
import { brokerIdPayloadSchema } from '../../src/domain/broker-id/payload';
import { checkUtbRegistration } from '../../src/domain/broker-id/utb';
import { checkRequestNotice } from '../../src/domain/request-notice';
import { englishRules, importerCodeRules } from '../../src/domain/system-setting/fields';
import { systemSettingPayloadSchema } from '../../src/domain/system-setting/payload';
import { checkSchedule, noteRules } from '../../src/domain/system-setting/schedule';
import { checkContact, contactInputSchema, contactSchema } from '../../src/domain/validation/contact';
import { checkYmdField } from '../../src/domain/validation/date';
import { hostileCharOf } from '../../src/domain/validation/hostile';
import {
  emailAddress,
  englishUpper,
  firstError,
  freeText,
  fullWidth,
  fullWidthKana,
  halfWidthDigits,
  maxChars,
  phoneDigits,
  required,
  upperAlnum,
  type FieldRule,
} from '../../src/domain/validation/rules';
import { getApplication } from '../../src/store/applications';
import { db } from '../../src/store/db';
import { resetDatabase, seedDemo } from '../support/db';
import { SETTING_PAYLOAD } from '../support/applications';
import { TEST_CONTACT } from '../support/test-kinds';

/** Characters a hostile or careless paste brings, mixed with ordinary ones of every class. */
const PICKED = [
  ...['\u202E', '\u2066', '\u200B', '\u200D', '\uFEFF', '\u00AD', '\u0000', '\t', '\n', '\r', '\u2028', '\u00A0', '\u3164'],
  ...['\uFE0F', '\uD800', '\uDFFF', '\uE000', '\uFFFF', '😀', '🇯', '𠮷', '𝐀', '<', '>', '"', "'", '&', '/', '\\'],
  ...['a', 'Z', '0', '9', ' ', '-', '.', '@', 'あ', 'ア', 'ｱ', '通', '０', '－', 'ー', '\u3000', '・'],
];

/** Any string: arbitrary code points (lone surrogates included), or a mix of the characters above. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...PICKED), maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

const RULES: Record<string, FieldRule> = {
  required: required('氏名(姓)'),
  maxChars: maxChars('備考', 240),
  fullWidth: fullWidth('氏名(姓)'),
  fullWidthKana: fullWidthKana('氏名(フリガナ)(姓)'),
  phoneDigits: phoneDigits('電話番号'),
  halfWidthDigits: halfWidthDigits('追加する通関士IDの数'),
  emailAddress: emailAddress('E-mailアドレス(登録用)'),
  englishUpper: englishUpper('企業名'),
  upperAlnum: upperAlnum('輸出入者コード(JASTPRO)'),
  freeText: freeText('備考'),
  freeTextOneLine: freeText('通知内容', false),
};

/** Rules that look at the characters: a value they pass has no hostile character. */
const CHARACTER_RULES = new Set(Object.keys(RULES).filter((k) => k !== 'required' && k !== 'maxChars'));

const isMessage = (m: unknown) => typeof m === 'string' && m.length > 0;

describe('every text rule, for any string', () => {
  for (const [name, rule] of Object.entries(RULES)) {
    it(`${name}: answers without throwing; a hostile character never passes`, () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const message = rule(text);
          expect(message === undefined || isMessage(message)).toBe(true);
          if (CHARACTER_RULES.has(name) && hostileCharOf(text, { multiline: name === 'freeText' })) {
            expect(isMessage(message)).toBe(true);
          }
        }),
      );
    });
  }

  it('the field rule lists of the flows (English names, 輸出入者コード, 備考) never pass a hostile character', () => {
    const lists = [...['company', 'office', 'manager', 'address'].map((f) => englishRules(f as 'company', true)), importerCodeRules];
    fc.assert(
      fc.property(anyText, (text) => {
        for (const rules of lists) {
          const message = firstError(text, rules);
          if (hostileCharOf(text)) expect(isMessage(message)).toBe(true);
        }
        const note = firstError(text, noteRules);
        if (hostileCharOf(text, { multiline: true })) expect(isMessage(note)).toBe(true);
      }),
    );
  });

  it('dates, the UTB card field, its conversion, 確認依頼 and 備考 answer with a message or a value', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, other) => {
        const date = checkYmdField('NACCS登録希望日', text, { businessDay: true, notBefore: '2026-11-26' });
        expect(date.date !== undefined || isMessage(date.error)).toBe(true);
        for (const card of [validateUtbCardField(text), utbInputForCard(text)]) {
          expect(card.ok ? typeof card.value : isMessage(card.message)).toBe(card.ok ? 'string' : true);
          if (card.ok) expect(hostileCharOf(card.value)).toBeUndefined();
        }
        const notice = checkRequestNotice(text);
        if (notice.ok) expect(firstError(notice.value, [freeText('通知内容')])).toBeUndefined();
        else expect(isMessage(notice.message)).toBe(true);
        const schedule = checkSchedule({ timing: other.length % 2 ? 'shortest' : 'specified', desiredDate: other, note: text }, '2026-11-20');
        if (!schedule.ok) expect(Object.values(schedule.errors).every(isMessage)).toBe(true);
        const row = setRow({ userCode: other, method: 'インタ', count: text }, { rows: [] }, ['インタ']);
        if (!row.ok) expect(Object.values(row.errors).every(isMessage)).toBe(true);
        else expect(row.value.rows.every((r) => Number.isInteger(r.count))).toBe(true);
        const utb = checkUtbRegistration({ loginUserId: '1ANACA01', targetUserId: text, cardNo: other, now: Date.parse('2026-11-24T01:00:00Z'), lookup: () => undefined });
        if (!utb.ok) expect(utb.errors.every((e) => isMessage(e.message))).toBe(true);
      }),
    );
  });
});

/** Any value at all, and values shaped like the payloads with any strings in them. */
const contactLike = fc.record({
  lastName: anyText,
  firstName: anyText,
  lastNameKana: anyText,
  firstNameKana: anyText,
  department: anyText,
  title: anyText,
  phone: anyText,
  fax: anyText,
  email: anyText,
});
const codeLike = fc.record({
  userCode: fc.oneof(fc.constantFrom('1ANAC', '1CNAC'), anyText),
  systemKind: fc.constantFrom('海上', '航空', '共用', 'x'),
  newCode: fc.boolean(),
  english: fc.record({ company: anyText, office: anyText, manager: anyText, address: anyText }),
  industries: fc.array(fc.oneof(fc.constantFrom('通関業', '保税蔵置場'), anyText), { maxLength: 3 }),
  importerCode: anyText,
});
const settingLike = fc.record({
  codes: fc.array(codeLike, { maxLength: 3 }),
  timing: fc.oneof(fc.constant({ kind: 'shortest' }), fc.record({ kind: fc.constant('specified'), date: anyText })),
});
const brokerLike = fc.record({
  rows: fc.array(
    fc.record({
      userCode: fc.oneof(fc.constant('1ANAC'), anyText),
      method: fc.constantFrom('インタ', 'net', 'x'),
      count: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double()),
    }),
    { maxLength: 3 },
  ),
});

/** Every string anywhere inside a value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('every payload schema, for any value', () => {
  const schemas = {
    systemSetting: [systemSettingPayloadSchema, settingLike],
    brokerId: [brokerIdPayloadSchema, brokerLike],
    contactInput: [contactInputSchema, contactLike],
    contact: [contactSchema, contactLike],
  } as const;
  for (const [name, [schema, shaped]] of Object.entries(schemas)) {
    it(`${name}: never throws; a failure names a message per issue; a success holds no hostile character and parses again`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), shaped as fc.Arbitrary<unknown>), (input) => {
          const result = v.safeParse(schema as v.GenericSchema, input);
          if (!result.success) {
            expect(result.issues.length).toBeGreaterThan(0);
            expect(result.issues.every((i) => isMessage(i.message))).toBe(true);
          } else {
            for (const s of stringsIn(result.output)) expect(hostileCharOf(s)).toBeUndefined();
            expect(v.safeParse(schema as v.GenericSchema, result.output).success).toBe(true);
          }
        }),
      );
    });
  }

  it('checkContact gives a Japanese message for every field that fails', () => {
    fc.assert(
      fc.property(contactLike, (raw) => {
        const r = checkContact({ ...raw, emailConfirm: raw.email });
        if (!r.ok) expect(Object.values(r.errors).every(isMessage)).toBe(true);
      }),
    );
  });
});

describe('no invalid record reaches the store', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await setClockTo('2026-11-20', 13, 15);
  });

  it('the center files a システム設定申込 only when its payload, 申込担当者 and 備考 pass their rules', async () => {
    const valid = { kind: 'system-setting' as const, officeCode: 'NAC001', contact: TEST_CONTACT, payload: SETTING_PAYLOAD, note: '' };
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          payload: fc.oneof(fc.constant(SETTING_PAYLOAD), settingLike as fc.Arbitrary<unknown>),
          contact: fc.oneof(fc.constant(TEST_CONTACT), contactLike),
          note: fc.oneof(fc.constant(''), anyText),
        }),
        async (parts) => {
          const before = await db.applications.count();
          try {
            const { applicationId } = await submitApplication({ ...valid, ...parts });
            const app = (await getApplication(applicationId))!;
            expect(v.safeParse(systemSettingPayloadSchema, app.payload).success).toBe(true);
            expect(checkContact({ ...app.contact, emailConfirm: app.contact.email }).ok).toBe(true);
            expect(firstError(app.note, noteRules)).toBeUndefined();
          } catch (err) {
            expect(err).toBeInstanceOf(SubmitRefusedError);
            expect((err as SubmitRefusedError).messages.every(isMessage)).toBe(true);
            expect(await db.applications.count()).toBe(before);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a hostile 申込担当者 or 備考 is refused by the center as the screen refuses it', async () => {
    const req = { kind: 'system-setting' as const, officeCode: 'NAC001', payload: SETTING_PAYLOAD };
    await expect(submitApplication({ ...req, contact: { ...TEST_CONTACT, lastName: '\u202E通関' } })).rejects.toMatchObject({
      messages: [expect.stringContaining('U+202E')],
    });
    await expect(submitApplication({ ...req, contact: TEST_CONTACT, note: 'x'.repeat(241) })).rejects.toMatchObject({
      messages: ['備考は240文字以内で入力してください。(現在241文字)'],
    });
    expect(await db.applications.count()).toBe(0);
  });

  it('the trainer’s 確認依頼 stores only a 通知内容 that passes its rule', async () => {
    const { applicationId } = await submitApplication({
      kind: 'system-setting',
      officeCode: 'NAC001',
      contact: TEST_CONTACT,
      payload: SETTING_PAYLOAD,
    });
    await trainerPickup(applicationId);
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const app = (await getApplication(applicationId))!;
        if (app.status !== '内容確認中') return;
        try {
          await trainerRequest(applicationId, text);
          const written = (await getApplication(applicationId))!;
          expect(checkRequestNotice(written.history.at(-1)!.notice).ok).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(SubmitRefusedError);
          expect((await getApplication(applicationId))!.history.length).toBe(app.history.length);
        }
      }),
      { numRuns: 60 },
    );
  });
});
