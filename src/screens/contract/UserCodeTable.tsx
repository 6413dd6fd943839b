import type { UserCode } from '../../domain/contract';
import { formatDate } from '../../domain/time';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { USER_CODE_COLUMNS, userCodeCells } from '../../ui/user-code-columns';
import { isShared, mark } from './rows';

/** What a name or 業種 no システム設定申込 has registered yet shows (a newly added code). */
const NOT_REGISTERED = '未登録';

/**
 * 利用者コード block of the 事業所 tab: each code with the English names and 業種 that
 * NACCS holds for it (changed by a システム設定申込 on its NACCS登録日), in the columns
 * of seed 000's 利用者コード 選択, plus 他事業所と共用 and 利用開始日.
 */
export function UserCodeTable(props: { codes: UserCode[] }) {
  return (
    <Block
      id="contract-user-codes"
      title="利用者コード"
      intro={<p>名称(英)と業種は、システム設定申込によりNACCSに登録されている内容です。</p>}
    >
      <DataTable
        class="contract-user-codes"
        caption="利用者コード"
        columns={[...USER_CODE_COLUMNS, { label: '他事業所と共用', class: 'center' }, '利用開始日']}
        rowHeader={0}
        rows={props.codes}
        cells={(code) => [...userCodeCells(code, NOT_REGISTERED), mark(isShared(code)), formatDate(code.startDate)]}
        empty="登録されている利用者コードはありません。"
      />
    </Block>
  );
}
