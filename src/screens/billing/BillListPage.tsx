import { Show } from 'solid-js';
import { paymentMethodOf, dueText, yen } from '../../domain/billing/breakdown';
import { billPath } from '../../domain/billing/bill';
import { formatBillMonth } from '../../domain/billing/months';
import type { Bill, Office } from '../../domain/contract';
import { listBills } from '../../store/bills';
import { getOffice } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { currentOfficeCode } from '../../store/session';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { DataTable } from '../../ui/DataTable';
import { Title } from '../../ui/Title';
import './billing.css';

async function loadList(officeCode: string): Promise<{ office: Office | undefined; bills: Bill[] }> {
  const [office, bills] = await Promise.all([getOffice(officeCode), listBills(officeCode)]);
  return { office, bills };
}

/** 請求金額の参照 → 請求情報一覧: the office's bills by 請求年月, newest first. */
export default function BillListPage() {
  const data = createLiveQuery(currentOfficeCode, loadList);
  const method = (bill: Bill) => paymentMethodOf(bill, data()?.office?.billing.paymentMethod ?? '口座振替');
  return (
    <>
      <Title text="請求情報一覧" />
      <Breadcrumbs items={[{ label: 'メインメニュー', href: '/' }, { label: '請求情報一覧' }]} />
      <h1 class="page-title">請求情報一覧</h1>
      <p class="lead">
        確定した請求金額を請求年月ごとに表示します。請求内容の確認と請求書の出力は、請求年月の「詳細」ボタンをクリックしてください。
      </p>
      <p>毎月、前月分の請求額が確定すると新着情報でお知らせします。</p>
      <Show when={!data.loading() && data()} fallback={<p role="status">読み込み中…</p>}>
        {(d) => (
          <DataTable
            class="bill-table"
            caption="請求情報一覧"
            columns={['請求年月', { label: '請求金額(税込)', class: 'num' }, '支払の方法', '振替日・支払期限', { label: '詳細', class: 'center' }]}
            rows={d().bills}
            rowHeader={0}
            cells={(bill) => [
              formatBillMonth(bill.month),
              yen(bill.total),
              method(bill),
              dueText(bill, method(bill)),
              <a href={billPath(bill.month)} class="btn btn-secondary btn-small" aria-label={`${formatBillMonth(bill.month)}の詳細`}>
                詳細
              </a>,
            ]}
            empty="確定した請求はまだありません。"
          />
        )}
      </Show>
    </>
  );
}
