import { For, Show } from 'solid-js';
import type { Line, Mailbox } from '../../domain/contract';
import { formatDate } from '../../domain/time';
import { Block } from '../../ui/Block';

/** 回線・メールボックス tab: 一般NACCS lines and mailboxes; empty tables say so. */
export function LinesPanel(props: { lines: Line[]; mailboxes: Mailbox[] }) {
  return (
    <>
      <Block id="contract-lines" title="一般NACCS回線">
        <Show when={props.lines.length > 0} fallback={<p class="empty-table">登録されている回線はありません。</p>}>
          <table class="data-table">
            <caption class="visually-hidden">一般NACCS回線</caption>
            <thead>
              <tr>
                <th scope="col">回線種別</th>
                <th scope="col">帯域</th>
                <th scope="col">設置場所</th>
                <th scope="col">利用開始日</th>
                <th scope="col">利用終了日</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.lines}>
                {(l) => (
                  <tr>
                    <td>{l.kind}</td>
                    <td>{l.bandwidth}</td>
                    <td>{l.installAddress}</td>
                    <td>{formatDate(l.startDate)}</td>
                    <td>{formatDate(l.endDate)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </Block>
      <Block id="contract-mailboxes" title="メールボックス">
        <Show
          when={props.mailboxes.length > 0}
          fallback={<p class="empty-table">登録されているメールボックスはありません。</p>}
        >
          <table class="data-table">
            <caption class="visually-hidden">メールボックス</caption>
            <thead>
              <tr>
                <th scope="col">区分</th>
                <th scope="col">メールボックス名</th>
                <th scope="col">利用開始日</th>
                <th scope="col">利用終了日</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.mailboxes}>
                {(m) => (
                  <tr>
                    <td>{m.systemKind}</td>
                    <td>{m.name}</td>
                    <td>{formatDate(m.startDate)}</td>
                    <td>{formatDate(m.endDate)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </Block>
    </>
  );
}
