import type { Terminal } from '../../domain/contract';
import { DataTable } from '../../ui/DataTable';

/** 論理端末 table: 区分 / 利用機器区分 / パッケージソフト区分 / 論理端末名 (S2). */
export function TerminalTable(props: { terminals: Terminal[] }) {
  return (
    <DataTable
      class="contract-terminals"
      caption="論理端末"
      columns={['区分', '利用機器区分', 'パッケージソフト区分', '論理端末名']}
      rows={props.terminals}
      cells={(t) => [t.systemKind, t.equipment, t.packageKind, t.name]}
      empty="登録されている論理端末はありません。"
    />
  );
}
