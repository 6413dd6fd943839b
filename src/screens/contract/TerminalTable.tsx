import type { Terminal } from '../../domain/contract';
import { formatDate } from '../../domain/time';
import { DataTable } from '../../ui/DataTable';

/** 論理端末 table: 区分 / 利用機器区分 / パッケージソフト区分 / 論理端末名 (S2), with their dates. */
export function TerminalTable(props: { terminals: Terminal[] }) {
  return (
    <DataTable
      class="contract-terminals"
      caption="論理端末"
      columns={['区分', '利用機器区分', 'パッケージソフト区分', '論理端末名', '利用開始日', '利用終了日']}
      rows={props.terminals}
      cells={(t) => [t.systemKind, t.equipment, t.packageKind, t.name, formatDate(t.startDate), formatDate(t.endDate)]}
      empty="登録されている論理端末はありません。"
    />
  );
}
