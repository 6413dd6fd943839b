// 請求先の変更 (DOMAIN.md §7.3): 請求書送付先, 請求先担当者, 支払の方法 (口座振替・銀行振込).
// Each belongs to the filing office's 請求先. A change to 口座振替 makes the center
// post the 口座振替申込専用紙, with the 新着情報 S0 shows (category 利用料金, no
// 申込受付番号), on the 利用開始日 when the change takes effect (docs/contract-change.md).
import type { Office, PaymentMethod } from '../contract';
import type { Notice } from '../notice';
import { failed, type Checked } from '../validation/schema';
import type { FieldItem, FieldValues } from './fields';
import { ITEM_TITLES } from './item-titles';

export type BillingAddressField = 'postalCode' | 'address';
export type BillingContactField = 'contactName' | 'contactPhone';

export const BILLING_ADDRESS_ITEM: FieldItem<BillingAddressField> = {
  title: ITEM_TITLES.billingAddress,
  block: '請求書送付先に関する項目',
  section: '請求書送付先情報',
  fields: [
    { name: 'postalCode', label: '請求書送付先 郵便番号', kind: '郵便番号', max: 7, example: '1234567' },
    { name: 'address', label: '請求書送付先 住所', kind: '全角', max: 60 },
  ],
  current: (o) => ({ postalCode: o.billing.postalCode, address: o.billing.address }),
};

export const BILLING_CONTACT_ITEM: FieldItem<BillingContactField> = {
  title: ITEM_TITLES.billingContact,
  block: '請求先担当者に関する項目',
  section: '請求先担当者情報',
  fields: [
    { name: 'contactName', label: '請求先担当者名', kind: '全角', max: 30, example: '経理　花子' },
    { name: 'contactPhone', label: '請求先担当者 電話番号', kind: '電話番号', max: 20, example: '0312345678' },
  ],
  current: (o) => ({ contactName: o.billing.contactName, contactPhone: o.billing.contactPhone }),
};

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['口座振替', '銀行振込'];

/** What the billing items of an application change. */
export interface BillingChanges {
  billingAddress?: FieldValues<BillingAddressField>;
  billingContact?: FieldValues<BillingContactField>;
  payment?: PaymentMethod;
}

export const PAYMENT_LABEL = '支払の方法';
/** 支払の方法 入力's note for 口座振替 (DOMAIN.md §7.3: 「口座振替申込専用紙を送付します」). */
export const DEBIT_NOTE = '口座振替を選択した場合は、利用開始日に口座振替申込専用紙を送付します。受領しましたら、必要事項を記入しNACCSセンターに郵送してください。';

/** 支払の方法 入力: one of the two, and not the contract's. */
export function checkPayment(input: string, current: PaymentMethod): Checked<PaymentMethod, 'payment'> {
  const method = PAYMENT_METHODS.find((m) => m === input);
  if (!method) return failed({ payment: '支払の方法を選択してください。' });
  if (method === current) return failed({ payment: `支払の方法が現在の契約と同じ「${current}」です。変更する支払の方法を選択してください。` });
  return { ok: true, value: method };
}

/** The 新着情報 of S0 (DOMAIN.md §4.4), word for word. */
export const DEBIT_FORM_NOTICE_TEXT = '口座振替申込専用紙を送付しました。受領しましたら、必要事項を記入しNACCSセンターに郵送してください。';

/** On the 利用開始日: the office's 請求先 as the change leaves it. */
export function billingEffect(changes: BillingChanges, office: Office): Office {
  return {
    ...office,
    billing: {
      ...office.billing,
      ...(changes.billingAddress ? { ...changes.billingAddress } : {}),
      ...(changes.billingContact ? { ...changes.billingContact } : {}),
      ...(changes.payment ? { paymentMethod: changes.payment } : {}),
    },
  };
}

/** The notice a change to 口座振替 sends on its 利用開始日 (none when the office already pays so). */
export function debitFormNotice(changes: BillingChanges, before: Office, at: number, id: string): Notice | undefined {
  if (changes.payment !== '口座振替' || before.billing.paymentMethod === '口座振替') return undefined;
  return { id, updatedAt: 0, rev: 0, officeCode: before.code, at, category: '利用料金', text: DEBIT_FORM_NOTICE_TEXT };
}
