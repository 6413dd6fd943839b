import type { Office } from '../../domain/contract';
import { Block } from '../../ui/Block';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { postal } from './OfficePanel';

/** 請求先 tab: 請求先コード, 請求書送付先, 請求先担当者, 支払の方法. */
export function BillingPanel(props: { office: Office }) {
  const b = () => props.office.billing;
  return (
    <Block id="contract-billing" title="請求先">
      <KeyValueTable
        rows={[
          { label: '請求先コード', value: props.office.billingCode },
          { label: '請求書送付先', value: `${postal(b().postalCode)} ${b().address}` },
          { label: '請求先担当者', value: b().contactName },
          { label: '請求先担当者 電話番号', value: b().contactPhone },
          { label: '支払の方法', value: b().paymentMethod },
        ]}
      />
    </Block>
  );
}
