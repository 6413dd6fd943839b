import { useSearchParams } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { isGeneralTerminal } from '../../domain/contract';
import { getOfficeContract, listTerminalsSharedWith } from '../../store/contracts';
import { listOfficeApplicationsIn } from '../../store/applications';
import { pendingTermination } from '../../domain/contract-end';
import { createLiveQuery } from '../../store/live';
import { currentOfficeCode } from '../../store/session';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Tabs } from '../../ui/Tabs';
import { Title } from '../../ui/Title';
import { BillingPanel } from './BillingPanel';
import { LinesPanel } from './LinesPanel';
import { OfficePanel } from './OfficePanel';
import { clockToday } from '../../center/clock';
import { CONTRACT_TABS, contractOn, contractTabOf, type ContractTab } from './rows';
import { TerminalTable } from './TerminalTable';
import { UserIdTable } from './UserIdTable';
import './contract.css';

/** 契約内容確認 → 契約情報 参照. The tab is in the URL (?tab=netNACCS), so reload and back keep it. */
export default function ContractPage() {
  const [params, setParams] = useSearchParams();
  const tab = () => contractTabOf(params.tab);
  const raw = createLiveQuery(currentOfficeCode, getOfficeContract);
  const ended = () => params.ended === '1';
  // 共用: the terminals other offices of the company share with this one
  const sharedIn = createLiveQuery(currentOfficeCode, async (code) => (await listTerminalsSharedWith(code)).filter((t) => !t.endDate));
  const termination = createLiveQuery(currentOfficeCode, async (o) => pendingTermination(await listOfficeApplicationsIn(o, ['審査終了'])));
  const contract = Object.assign(() => {
    const c = raw();
    return c && contractOn(c, clockToday(), ended());
  }, { loading: raw.loading });

  return (
    <>
      <Title text="契約情報 参照" />
      <Breadcrumbs items={[{ label: 'メインメニュー', href: '/' }, { label: '契約情報 参照' }]} />
      <h1 class="page-title">契約情報 参照</h1>
      <p class="lead">NSSに登録している現在の契約情報を表示しています。</p>
      <Show when={!contract.loading()} fallback={<p role="status">読み込み中…</p>}>
        <Show when={contract()} fallback={<p role="alert">契約情報が見つかりません。</p>}>
          {(c) => (
            <Tabs
              label="契約情報"
              idPrefix="contract"
              tabs={CONTRACT_TABS}
              selected={tab()}
              onSelect={(key: ContractTab) => setParams({ tab: key === 'office' ? undefined : key })}
            >
              <Switch>
                <Match when={tab() === 'office'}>
                  <OfficePanel office={c().office} userCodes={c().userCodes} termination={termination()} />
                </Match>
                <Match when={tab() === 'netNACCS'}>
                  <EndedToggle checked={ended()} onChange={(on) => setParams({ ended: on ? '1' : undefined }, { replace: true })} />
                  <h2 class="panel-title">利用者ID</h2>
                  <UserIdTable contract={c()} system="netNACCS" />
                  <h2 class="panel-title">論理端末</h2>
                  <TerminalTable terminals={c().terminals.filter((t) => !isGeneralTerminal(t))} />
                  <Show when={(sharedIn() ?? []).length > 0}>
                    <h2 class="panel-title">他事業所と共用している論理端末</h2>
                    <TerminalTable terminals={sharedIn() ?? []} caption="他事業所と共用している論理端末" ownerColumn />
                  </Show>
                </Match>
                <Match when={tab() === 'general'}>
                  <EndedToggle checked={ended()} onChange={(on) => setParams({ ended: on ? '1' : undefined }, { replace: true })} />
                  <h2 class="panel-title">利用者ID</h2>
                  <UserIdTable contract={c()} system="general" />
                  <h2 class="panel-title">論理端末</h2>
                  <TerminalTable terminals={c().terminals.filter(isGeneralTerminal)} general />
                </Match>
                <Match when={tab() === 'lines'}>
                  <LinesPanel lines={c().lines} mailboxes={c().mailboxes} />
                </Match>
                <Match when={tab() === 'billing'}>
                  <BillingPanel office={c().office} />
                </Match>
              </Switch>
            </Tabs>
          )}
        </Show>
      </Show>
      <div class="actions">
        <a href="/contract-change" class="btn btn-next">
          契約情報を変更する
        </a>
      </div>
    </>
  );
}

/** 「利用を終了したものも表示する」: the 利用者ID and 論理端末 whose 利用終了日 has passed. */
function EndedToggle(props: { checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <div class="checkbox ended-toggle">
      <input id="show-ended" type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <label for="show-ended">利用を終了したものも表示する</label>
    </div>
  );
}
