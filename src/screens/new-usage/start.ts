// How a NACCS利用申込 draft begins: with the 仮ログイン's 申込担当者 (new), or for a
// 修正 from everything the filed application said (its form's text is kept in the
// payload's own shape, so the fields are refilled from it).
import type { Application } from '../../domain/application';
import { BILL_ADDRESS, BULK, DEBIT, F, USE_GENERAL, USE_NET } from '../../domain/new-usage/fields';
import type { NewUsagePayload } from '../../domain/new-usage/payload';
import { toYmd8 } from '../../domain/time';
import type { WizardFlow } from '../../wizard/WizardStart';
import { newUsageJourney } from './flow';
import { emptyState, type NewUsageState, type StepId } from './state';

export function stateFromApplication(app: Application): NewUsageState {
  const p = app.payload as NewUsagePayload;
  const s = emptyState(app.contact);
  const o = p.office;
  const code = (ref: NewUsagePayload['billing']['bulk'], ids: string[]) =>
    ref ? { [ids[0]]: ref.billingCode, [ids[1]]: ref.officeCode, [ids[2]]: ref.companyName, [ids[3]]: ref.officeName } : {};
  Object.assign(s.raw, {
    [F.reason]: p.reason,
    [F.startDate]: app.desiredDate ? toYmd8(app.desiredDate) : '',
    [F.officeName]: p.officeName,
    [F.officeNameKana]: p.officeNameKana,
    [F.systems]: [p.systems.net ? USE_NET : '', p.systems.general ? USE_GENERAL : ''].filter(Boolean).join('|'),
    [F.companyName]: p.company.name,
    [F.companyNameKana]: p.company.nameKana,
    [F.companyAbbr]: p.company.abbr,
    [F.postalCode]: o.postalCode,
    [F.prefecture]: o.prefecture,
    [F.address]: o.address,
    [F.phone]: o.phone,
    [F.contractorName]: o.contractor.name,
    [F.contractorTitle]: o.contractor.title,
    [F.adminName]: o.admin.name,
    [F.adminNameKana]: o.admin.nameKana,
    [F.adminDepartment]: o.admin.department,
    [F.adminPhone]: o.admin.phone,
    [F.adminEmail]: o.admin.email,
    [F.adminFax]: o.admin.emergencyFax,
    [F.systemKind]: o.systemKind,
    [F.customs]: o.customs,
    [F.netSkip]: p.systems.net && p.netTerminals === null ? '1' : '',
    [F.netTerminals]: p.netTerminals === null ? '' : String(p.netTerminals),
    [F.lineSkip]: p.systems.general && p.line === null ? '1' : '',
    [F.lineKind]: p.line?.kind ?? '',
    [F.lineTerminals]: p.line ? String(p.line.terminals) : '',
    [F.mailboxSkip]: p.systems.general && p.mailboxes === null ? '1' : '',
    [F.mailboxes]: p.mailboxes === null ? '' : String(p.mailboxes),
    [F.planNet]: p.plan.netNACCS ?? '',
    [F.planGeneral]: p.plan.general ?? '',
    [F.bulk]: p.billing.bulk ? BULK.yes : BULK.no,
    ...code(p.billing.bulk, [F.bulkBillingCode, F.bulkOfficeCode, F.bulkCompany, F.bulkOffice]),
    [F.billAddress]: p.billing.address ? BILL_ADDRESS.other : BILL_ADDRESS.same,
    [F.billPostalCode]: p.billing.address?.postalCode ?? '',
    [F.billPrefecture]: p.billing.address?.prefecture ?? '',
    [F.billStreet]: p.billing.address?.street ?? '',
    [F.debit]: p.billing.debit ? DEBIT.same : DEBIT.new,
    ...code(p.billing.debit, [F.debitBillingCode, F.debitOfficeCode, F.debitCompany, F.debitOffice]),
    [F.note]: app.note,
  });
  s.users = p.users.map((u) => ({ ...u }));
  s.nextGroup = Math.max(0, ...p.users.map((u) => u.group)) + 1;
  return s;
}

export const newUsageStart: WizardFlow<NewUsageState, StepId> = {
  kind: 'new-usage',
  journey: newUsageJourney,
  startLabel: 'NACCS利用申込の入力へ進む',
  newState: emptyState,
  amendState: stateFromApplication,
};
