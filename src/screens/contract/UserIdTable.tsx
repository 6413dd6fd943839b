import { createMemo } from 'solid-js';
import { formatDate } from '../../domain/time';
import type { OfficeContract } from '../../store/contracts';
import { DataTable } from '../../ui/DataTable';
import { CONTRACT_TABS, mark, userIdRows } from './rows';

const center = (label: string) => ({ label, class: 'center' });

/** S2's 「パスワード」 column: NSS never shows a 利用者ID's password here, only its mask (as ID通知内容 masks the 事業所パスワード). */
export const MASKED_PASSWORD = '*****';

/** Where a trainee may see a password (docs/broker-id.md). */
export const PASSWORD_COLUMN_NOTE =
  '※パスワードは表示していません。払い出された利用者IDのパスワードは、申込内容確認の「ID通知内容」で利用開始日の2日後まで確認できます。';

/** The 利用者ID of one system (its tab) with the seeds' columns (S1/S2 契約情報詳細表示画面). */
export function UserIdTable(props: { contract: OfficeContract; system: 'netNACCS' | 'general' }) {
  const rows = createMemo(() => userIdRows(props.contract, props.system));
  const name = () => CONTRACT_TABS.find((t) => t.key === props.system)!.label;
  return (
    <>
      <DataTable
        class="contract-user-ids"
        caption={`${name()}の利用者ID`}
        columns={[
          '区分',
          '業種',
          '処理方式',
          { label: '利用者ID', columns: ['利用者コード', '識別番号', 'パスワード'] },
          { label: '管理統計資料', columns: [center('有料分'), center('無料分')] },
          center('保税管理資料保存サービス'),
          center('他事業所と共用'),
          '利用開始日',
          '利用終了日',
        ]}
        rows={rows()}
        cells={(row) => [
          row.userCode?.systemKind ?? '',
          row.userId.industries.join(' '),
          row.userId.method,
          row.userId.userCode,
          row.userId.idNo,
          MASKED_PASSWORD,
          mark(row.userCode?.statsPaid),
          mark(row.userCode?.statsFree),
          mark(row.userCode?.bondedRetention),
          mark(row.shared),
          formatDate(row.userId.startDate),
          formatDate(row.userId.endDate),
        ]}
        empty={`${name()}の利用者IDはありません。`}
      />
      <p class="table-note">{PASSWORD_COLUMN_NOTE}</p>
    </>
  );
}
