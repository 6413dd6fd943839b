// 本社・事業所の変更 (DOMAIN.md §3.2): 企業名、事業所名、所在地等 / 契約者名、契約者の役職 /
// 本社情報 / システム管理責任者の情報. R4: 企業情報 (企業名 and its フリガナ, and the 本社)
// belongs to the company, so its change applies to every office with the same 企業略称;
// the rest belongs to the filing office. The 管理責任者's E-mailアドレス is part of the
// admin item: from the 利用開始日 NSS mails the new address (docs/contract-change.md).
import type { Office } from '../contract';
import type { FieldItem, FieldValues } from './fields';
import { ITEM_TITLES } from './item-titles';

export type CompanyField = 'companyName' | 'companyNameKana' | 'officeName' | 'officeNameKana' | 'postalCode' | 'address' | 'phone';
export type ContractorField = 'name' | 'title';
export type HeadOfficeField = 'postalCode' | 'address' | 'phone';
export type AdminField = 'name' | 'nameKana' | 'department' | 'email' | 'phone' | 'emergencyFax';

export const COMPANY_ITEM: FieldItem<CompanyField> = {
  title: ITEM_TITLES.company,
  block: '企業・事業所に関する項目',
  section: '企業・事業所情報',
  fields: [
    { name: 'companyName', label: '企業名', kind: '全角', max: 30, example: 'ナックス商事株式会社' },
    { name: 'companyNameKana', label: '企業名(フリガナ)', kind: '全角カナ', max: 60, example: 'ナックスショウジカブシキガイシャ' },
    { name: 'officeName', label: '事業所名', kind: '全角', max: 30, example: '品川事務所' },
    { name: 'officeNameKana', label: '事業所名(フリガナ)', kind: '全角カナ', max: 60, example: 'シナガワジムショ' },
    { name: 'postalCode', label: '郵便番号', kind: '郵便番号', max: 7, example: '1234567' },
    { name: 'address', label: '所在地', kind: '全角', max: 60 },
    { name: 'phone', label: '電話番号', kind: '電話番号', max: 20, example: '0312345678' },
  ],
  current: (o) => ({
    companyName: o.companyName,
    companyNameKana: o.companyNameKana,
    officeName: o.officeName,
    officeNameKana: o.officeNameKana,
    postalCode: o.postalCode,
    address: o.address,
    phone: o.phone,
  }),
};

export const CONTRACTOR_ITEM: FieldItem<ContractorField> = {
  title: ITEM_TITLES.contractor,
  block: '契約者に関する項目',
  section: '契約者情報',
  fields: [
    { name: 'name', label: '契約者名', kind: '全角', max: 30, example: '港南　一郎' },
    { name: 'title', label: '契約者の役職', kind: '全角', max: 30, example: '代表取締役' },
  ],
  current: (o) => ({ ...o.contractor }),
};

export const HEAD_OFFICE_ITEM: FieldItem<HeadOfficeField> = {
  title: ITEM_TITLES.headOffice,
  block: '本社に関する項目',
  section: '本社情報',
  fields: [
    { name: 'postalCode', label: '本社 郵便番号', kind: '郵便番号', max: 7, example: '1234567' },
    { name: 'address', label: '本社 所在地', kind: '全角', max: 60 },
    { name: 'phone', label: '本社 電話番号', kind: '電話番号', max: 20, example: '0312345678' },
  ],
  current: (o) => ({ ...o.headOffice }),
};

export const ADMIN_ITEM: FieldItem<AdminField> = {
  title: ITEM_TITLES.admin,
  block: 'システム管理責任者に関する項目',
  section: 'システム管理責任者情報',
  fields: [
    { name: 'name', label: '氏名', kind: '全角', max: 30, example: '山田　次郎' },
    { name: 'nameKana', label: '氏名(フリガナ)', kind: '全角カナ', max: 60, example: 'ヤマダ　ジロウ' },
    { name: 'department', label: '所属部署名', kind: '全角', max: 40 },
    { name: 'email', label: 'E-mailアドレス', kind: 'E-mail', max: 100 },
    { name: 'phone', label: '電話番号', kind: '電話番号', max: 20, example: '0312345678' },
    { name: 'emergencyFax', label: '緊急連絡用FAX番号', kind: '電話番号', max: 20, example: '0312345679' },
  ],
  current: (o) => ({
    name: o.admin.name,
    nameKana: o.admin.nameKana,
    department: o.admin.department,
    email: o.admin.email,
    phone: o.admin.phone,
    emergencyFax: o.admin.emergencyFax,
  }),
};

export const OFFICE_ITEMS = {
  company: COMPANY_ITEM,
  contractor: CONTRACTOR_ITEM,
  headOffice: HEAD_OFFICE_ITEM,
  admin: ADMIN_ITEM,
} as const;

export type OfficeItemId = keyof typeof OFFICE_ITEMS;
export const OFFICE_ITEM_IDS: readonly OfficeItemId[] = ['company', 'contractor', 'headOffice', 'admin'];

/** What the office items of an application change: each block as it will be. */
export interface OfficeChanges {
  company?: FieldValues<CompanyField>;
  contractor?: FieldValues<ContractorField>;
  headOffice?: FieldValues<HeadOfficeField>;
  admin?: FieldValues<AdminField>;
}

/** R4 as the screens say it (STEP3 of the guidance). */
export const R4_TEXT = '企業情報(企業名、企業名(フリガナ)、本社情報)を変更した場合は、同じ企業略称のすべての事業所の企業情報が変更されます。';

/** Whether the change touches 企業情報, which R4 carries to every office of the company. */
export function changesCompanyInfo(changes: OfficeChanges, office: Office): boolean {
  const c = changes.company;
  const h = changes.headOffice;
  return (
    (!!c && (c.companyName !== office.companyName || c.companyNameKana !== office.companyNameKana)) ||
    (!!h && (h.postalCode !== office.headOffice.postalCode || h.address !== office.headOffice.address || h.phone !== office.headOffice.phone))
  );
}

/** R4: the offices a change of 企業情報 reaches (this one first), or none when it changes no 企業情報. */
export function officesReached(changes: OfficeChanges, office: Office, offices: readonly Office[]): Office[] {
  if (!changesCompanyInfo(changes, office)) return [];
  const others = offices.filter((o) => o.companyAbbr === office.companyAbbr && o.code !== office.code);
  return [office, ...others.sort((a, b) => a.code.localeCompare(b.code))];
}

/** 「NAC001 東京事業所、NAC002 東京保税倉庫」 */
export const officesText = (offices: readonly Office[]) => offices.map((o) => `${o.code} ${o.officeName}`).join('、');

/**
 * On the 利用開始日: the filing office with every ticked block, and (R4) each other
 * office of the company with the 企業情報 that changed. Only offices that change are returned.
 */
export function officeEffect(changes: OfficeChanges, office: Office, offices: readonly Office[]): { office: Office; others: Office[] } {
  const { company, contractor, headOffice, admin } = changes;
  const companyName = company && company.companyName !== office.companyName ? company.companyName : undefined;
  const companyNameKana = company && company.companyNameKana !== office.companyNameKana ? company.companyNameKana : undefined;
  const head =
    headOffice && (headOffice.postalCode !== office.headOffice.postalCode || headOffice.address !== office.headOffice.address || headOffice.phone !== office.headOffice.phone)
      ? { ...headOffice }
      : undefined;
  const companyWide = (o: Office): Office => ({
    ...o,
    ...(companyName !== undefined ? { companyName } : {}),
    ...(companyNameKana !== undefined ? { companyNameKana } : {}),
    ...(head ? { headOffice: { ...head } } : {}),
  });
  const mine: Office = {
    ...companyWide(office),
    ...(company
      ? { officeName: company.officeName, officeNameKana: company.officeNameKana, postalCode: company.postalCode, address: company.address, phone: company.phone }
      : {}),
    ...(contractor ? { contractor: { ...contractor } } : {}),
    ...(admin ? { admin: { ...admin } } : {}),
  };
  const others =
    companyName !== undefined || companyNameKana !== undefined || head
      ? offices.filter((o) => o.companyAbbr === office.companyAbbr && o.code !== office.code).map(companyWide)
      : [];
  return { office: mine, others };
}
