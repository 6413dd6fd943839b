import { useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { billSummaryRows, billTables, billTotalRows, paymentMethodOf, type BillTable } from '../../domain/billing/breakdown';
import { formatBillMonth } from '../../domain/billing/months';
import type { Bill, Office } from '../../domain/contract';
import { getBill } from '../../store/bills';
import { getOffice } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { currentOfficeCode } from '../../store/session';
import { Block } from '../../ui/Block';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { DataTable } from '../../ui/DataTable';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { Title } from '../../ui/Title';
import { createPdfAction, PdfActionStatus } from '../applications/pdf-action';
import { downloadBillCsv, makeInvoicePdf } from './make-invoice';
import './billing.css';

async function loadBill(p: { office: string; month: string }): Promise<{ office: Office; bill: Bill } | null> {
  const [office, bill] = await Promise.all([getOffice(p.office), getBill(p.office, p.month)]);
  return office && bill ? { office, bill } : null;
}

/** 請求情報一覧 > 請求情報詳細: the summary, the breakdown, 請求書 (PDF) and 利用料金請求ファイル (CSV). */
export default function BillDetailPage() {
  const params = useParams<{ month: string }>();
  const data = createLiveQuery(
    () => {
      const office = currentOfficeCode();
      return office ? { office, month: params.month } : undefined;
    },
    loadBill,
  );
  return (
    <>
      <Title text="請求情報詳細" />
      <Breadcrumbs items={[{ label: 'メインメニュー', href: '/' }, { label: '請求情報一覧', href: '/billing' }, { label: '請求情報詳細' }]} />
      <h1 class="page-title">請求情報詳細</h1>
      <Show when={!data.loading() && data() !== undefined} fallback={<p role="status">読み込み中…</p>}>
        <Show when={data()} fallback={<p role="alert">この請求年月の請求情報はありません。</p>}>
          {(d) => <BillDetail bill={d().bill} office={d().office} />}
        </Show>
      </Show>
      <div class="actions">
        <a href="/billing" class="btn btn-secondary btn-back">
          一覧表示に戻る
        </a>
      </div>
    </>
  );
}

function BillDetail(props: { bill: Bill; office: Office }) {
  const method = () => paymentMethodOf(props.bill, props.office.billing.paymentMethod);
  return (
    <>
      <p class="lead">{formatBillMonth(props.bill.month)}の請求内容を表示しています。</p>
      <Block id="bill-summary" title="請求概要">
        <KeyValueTable rows={billSummaryRows(props.bill, method())} />
        <Downloads bill={props.bill} office={props.office} />
      </Block>
      <For each={billTables(props.bill)}>{(table) => <BreakdownBlock table={table} />}</For>
      <Block id="bill-total" title="請求金額">
        <KeyValueTable rows={billTotalRows(props.bill)} />
      </Block>
    </>
  );
}

function BreakdownBlock(props: { table: BillTable }) {
  const columns = () => props.table.columns.map((label, i) => (props.table.numeric.includes(i) ? { label, class: 'num' } : label));
  return (
    <Block id={`bill-${props.table.id}`} title={props.table.title}>
      <DataTable
        caption={props.table.title}
        columns={columns()}
        rows={props.table.rows}
        rowHeader={0}
        cells={(row) => [...row]}
        empty="ありません。"
      />
    </Block>
  );
}

/** 「請求書を出力する」 (PDF) and 「利用料金請求ファイルをダウンロードする」 (CSV). */
function Downloads(props: { bill: Bill; office: Office }) {
  const pdf = createPdfAction(() => makeInvoicePdf(props.bill, props.office));
  return (
    <div class="actions start bill-downloads">
      <div class="bill-download">
        <button type="button" class="btn" disabled={pdf.busy()} onClick={pdf.run}>
          請求書を出力する
        </button>
        <PdfActionStatus action={pdf} />
      </div>
      <div class="bill-download">
        <button type="button" class="btn" onClick={() => downloadBillCsv(props.bill)}>
          利用料金請求ファイルをダウンロードする
        </button>
        <span class="field-hint">利用者IDごとの利用件数と料金のCSVファイル(UTF-8)です。</span>
      </div>
    </div>
  );
}
