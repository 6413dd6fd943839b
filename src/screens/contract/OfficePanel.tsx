import type { Application } from '../../domain/application';
import type { FeePlan, Office, UserCode } from '../../domain/contract';
import { formatDate } from '../../domain/time';
import { Block } from '../../ui/Block';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { UserCodeTable } from './UserCodeTable';

const plan = (p: FeePlan | null) => (p ? `${p}プラン` : '契約なし');
export const postal = (code: string) => (code.length === 7 ? `〒${code.slice(0, 3)}-${code.slice(3)}` : code);

/**
 * 事業所 tab: the office, its company, contractor, 管理責任者, 管轄税関, its 利用者コード
 * and 料金プラン, in the order of 変更申込's change items.
 */
export function OfficePanel(props: { office: Office; userCodes: UserCode[]; termination?: Application }) {
  const o = () => props.office;
  // a 解約 (契約解除、事業所廃止): its 契約満了日 once reached, or as its review confirmed it
  const endText = () => {
    if (o().terminatedOn) return `${formatDate(o().terminatedOn)}(契約解除済み)`;
    const t = props.termination;
    return t?.confirmedDate ? `${formatDate(t.confirmedDate)}(申込受付番号「${t.receiptNo}」の解約申込により契約を解除します)` : '-';
  };
  return (
    <>
      <Block id="contract-office" title="事業所">
        <KeyValueTable
          rows={[
            { label: '事業所コード', value: o().code },
            { label: '企業略称', value: o().companyAbbr },
            { label: '企業名', value: o().companyName },
            { label: '企業名(フリガナ)', value: o().companyNameKana },
            { label: '事業所名', value: o().officeName },
            { label: '事業所名(フリガナ)', value: o().officeNameKana },
            { label: '所在地', value: `${postal(o().postalCode)} ${o().address}` },
            { label: '電話番号', value: o().phone },
            { label: 'システム区分', value: o().systemKind },
            { label: '管轄税関', value: o().customs },
            { label: '契約開始日', value: formatDate(o().startDate) },
            { label: '契約満了日', value: endText() },
          ]}
        />
      </Block>
      <Block id="contract-head-office" title="本社">
        <KeyValueTable
          rows={[
            { label: '所在地', value: `${postal(o().headOffice.postalCode)} ${o().headOffice.address}` },
            { label: '電話番号', value: o().headOffice.phone },
          ]}
        />
      </Block>
      <Block id="contract-contractor" title="契約者">
        <KeyValueTable
          rows={[
            { label: '契約者名', value: o().contractor.name },
            { label: '契約者の役職', value: o().contractor.title },
          ]}
        />
      </Block>
      <Block id="contract-admin" title="管理責任者">
        <KeyValueTable
          rows={[
            { label: '氏名', value: o().admin.name },
            { label: '氏名(フリガナ)', value: o().admin.nameKana },
            { label: '所属部署名', value: o().admin.department },
            { label: 'E-mailアドレス', value: o().admin.email },
            { label: '電話番号', value: o().admin.phone },
            { label: '緊急連絡用FAX番号', value: o().admin.emergencyFax },
          ]}
        />
      </Block>
      <UserCodeTable codes={props.userCodes} />
      <Block id="contract-plan" title="料金プラン">
        <KeyValueTable
          rows={[
            { label: 'netNACCS', value: plan(o().feePlan.netNACCS) },
            { label: '一般NACCS', value: plan(o().feePlan.general) },
          ]}
        />
      </Block>
    </>
  );
}
