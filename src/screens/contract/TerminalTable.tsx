import { createMemo } from 'solid-js';
import { clockToday } from '../../center/clock';
import { CERTIFICATE_COLUMN_GROUP, certificateCells } from '../../domain/cert-reissue/certificate';
import type { Terminal } from '../../domain/contract';
import { formatDate } from '../../domain/time';
import { DataTable } from '../../ui/DataTable';

/**
 * 論理端末 table: 区分 / 利用機器区分 / パッケージソフト区分 / 論理端末名 (S2), with their
 * dates and the デジタル証明書's 有効期限 and whether it can be renewed (docs/cert-reissue.md); the
 * offices a terminal is shared with (共用, docs/contract-change.md), or, for the terminals other
 * offices share with this one, the office that holds it (共用元の事業所).
 */
export function TerminalTable(props: { terminals: Terminal[]; caption?: string; empty?: string; ownerColumn?: boolean; /** 一般NACCS: no デジタル証明書 */ general?: boolean }) {
  const today = createMemo(clockToday);
  return (
    <DataTable
      class="contract-terminals"
      caption={props.caption ?? (props.general ? '一般NACCSの論理端末' : '論理端末')}
      columns={[
        ...(props.ownerColumn ? ['共用元の事業所'] : []),
        '区分',
        '利用機器区分',
        'パッケージソフト区分',
        '論理端末名',
        ...(props.ownerColumn ? [] : ['他事業所と共用']),
        '利用開始日',
        '利用終了日',
        ...(props.general ? [] : [CERTIFICATE_COLUMN_GROUP]),
      ]}
      rows={props.terminals}
      cells={(t) => [
        ...(props.ownerColumn ? [t.officeCode] : []),
        t.systemKind,
        t.equipment,
        t.packageKind,
        t.name,
        ...(props.ownerColumn ? [] : [(t.sharedWith ?? []).join(' ') || '×']),
        formatDate(t.startDate),
        formatDate(t.endDate),
        ...(props.general ? [] : certificateCells(t, today())),
      ]}
      empty={props.empty ?? '登録されている論理端末はありません。'}
    />
  );
}
