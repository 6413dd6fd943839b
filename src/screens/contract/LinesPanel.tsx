import type { Line, Mailbox } from '../../domain/contract';
import { formatDate } from '../../domain/time';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';

/** 回線・メールボックス tab: 一般NACCS lines and mailboxes; empty tables say so. */
export function LinesPanel(props: { lines: Line[]; mailboxes: Mailbox[] }) {
  return (
    <>
      <Block id="contract-lines" title="一般NACCS回線">
        <DataTable
          caption="一般NACCS回線"
          columns={['回線種別', '帯域', '設置場所', '利用開始日', '利用終了日']}
          rows={props.lines}
          cells={(l) => [l.kind, l.bandwidth, l.installAddress, formatDate(l.startDate), formatDate(l.endDate)]}
          empty="登録されている回線はありません。"
        />
      </Block>
      <Block id="contract-mailboxes" title="メールボックス">
        <DataTable
          caption="メールボックス"
          columns={['区分', 'メールボックス名', '利用開始日', '利用終了日']}
          rows={props.mailboxes}
          cells={(m) => [m.systemKind, m.name, formatDate(m.startDate), formatDate(m.endDate)]}
          empty="登録されているメールボックスはありません。"
        />
      </Block>
    </>
  );
}
