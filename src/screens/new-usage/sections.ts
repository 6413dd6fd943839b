// What a NACCS利用申込 says, as blocks (its confirmation and its filed view): one
// block per tab, each with 「入力に戻る」 to that tab.
import type { Contact } from '../../domain/contact';
import type { NewUsagePayload } from '../../domain/new-usage/payload';
import type { ConfirmSection } from '../../domain/sections';
import { formatDate, type IsoDate } from '../../domain/time';
import { contactRows } from '../../wizard/contact-rows';
import type { StepId } from './state';
import type { TabId } from './tabs';

const rows = (list: [string, string][]) => ({ type: 'rows' as const, rows: list.map(([label, value]) => ({ label, value })) });

export function newUsageSections(p: NewUsagePayload, contact: Contact, desiredDate: IsoDate | undefined): (ConfirmSection<StepId> & { tab: TabId })[] {
  const o = p.office;
  const skip = '機器共用・共同利用、回線付替を別途申込、または自社システムを利用する';
  const ref = (r: NewUsagePayload['billing']['bulk']) =>
    r ? `${r.billingCode ? `登録請求先コード ${r.billingCode}` : `事業所コード ${r.officeCode}`} ${r.companyName} ${r.officeName}` : '';
  const sections: (ConfirmSection<StepId> & { tab: TabId })[] = [
    { id: 'contact', tab: 'contact', title: '申込担当者に関する項目', backTo: 'form', content: [{ type: 'rows', rows: contactRows(contact) }] },
    {
      id: 'usage',
      tab: 'contact',
      title: '利用契約に関する項目',
      backTo: 'form',
      content: [
        rows([
          ['申込理由', p.reason],
          ['利用開始希望日', desiredDate ? formatDate(desiredDate) : ''],
          ['事業所名', p.officeName],
          ['事業所名(フリガナ)', p.officeNameKana],
          ['利用するシステム', [p.systems.net ? 'netNACCS' : '', p.systems.general ? '一般NACCS' : ''].filter(Boolean).join('、')],
        ]),
      ],
    },
    {
      id: 'office',
      tab: 'office',
      title: '事業所・企業',
      backTo: 'form',
      content: [
        rows([
          ['企業名', p.company.name],
          ['企業名(フリガナ)', p.company.nameKana],
          ['企業略称', p.company.abbr],
          ['郵便番号', o.postalCode],
          ['住所', `${o.prefecture}${o.address}`],
          ['電話番号', o.phone],
          ['システム区分', o.systemKind],
          ['管轄税関', o.customs],
          ['契約者', `${o.contractor.name}(${o.contractor.title})`],
          ['管理責任者', `${o.admin.name}(${o.admin.nameKana}) ${o.admin.department}`],
          ['管理責任者 電話番号', o.admin.phone],
          ['管理責任者 E-mailアドレス', o.admin.email],
          ['緊急連絡用FAX番号', o.admin.emergencyFax],
        ]),
      ],
    },
    {
      id: 'users',
      tab: 'users',
      title: '利用者',
      backTo: 'form',
      content: [
        {
          type: 'table',
          columns: ['利用者コード', 'シングルサインオン', '業種', '処理方式', '識別番号数'],
          rows: p.users.map((u) => [u.mode === 'new' ? `(新規${u.group})` : (u.userCode ?? ''), u.sso ? '利用する' : '-', u.industry, u.method, String(u.count)]),
        },
      ],
    },
  ];
  if (p.systems.net)
    sections.push({
      id: 'terminals',
      tab: 'terminals',
      title: '論理端末・証明書',
      backTo: 'form',
      content: [rows([['論理端末数', p.netTerminals === null ? skip : String(p.netTerminals)]])],
    });
  if (p.systems.general) {
    sections.push({
      id: 'lines',
      tab: 'lines',
      title: '回線・論理端末',
      backTo: 'form',
      content: [rows(p.line ? [['回線種別', p.line.kind], ['論理端末数', String(p.line.terminals)]] : [['回線・論理端末', skip]])],
    });
    sections.push({
      id: 'mailboxes',
      tab: 'mailboxes',
      title: 'メールボックス',
      backTo: 'form',
      content: [rows([['メールボックス数', p.mailboxes === null ? skip : String(p.mailboxes)]])],
    });
  }
  sections.push(
    {
      id: 'plan',
      tab: 'plan',
      title: '料金プラン',
      backTo: 'form',
      content: [
        rows([
          ...(p.plan.netNACCS ? ([['netNACCS', `${p.plan.netNACCS}プラン`]] as [string, string][]) : []),
          ...(p.plan.general ? ([['一般NACCS', `${p.plan.general}プラン`]] as [string, string][]) : []),
        ]),
      ],
    },
    {
      id: 'billing',
      tab: 'billing',
      title: '請求先',
      backTo: 'form',
      content: [
        rows([
          ['一括請求', p.billing.bulk ? `希望する(${ref(p.billing.bulk)})` : '希望しない'],
          ['所在地', p.billing.address ? `〒${p.billing.address.postalCode} ${p.billing.address.prefecture}${p.billing.address.street}` : '事業所に同じ'],
          ['同一口座振替', p.billing.debit ? `希望する(${ref(p.billing.debit)})` : '口座振替(口座振替申込専用紙を送付します)'],
        ]),
      ],
    },
  );
  return sections;
}
