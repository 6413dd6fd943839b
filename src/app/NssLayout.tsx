import { useLocation, useNavigate } from '@solidjs/router';
import { createEffect, Show, type ParentProps } from 'solid-js';
import { formatDateTimeSeconds } from '../domain/time';
import { getOffice } from '../store/contracts';
import { createLiveQuery } from '../store/live';
import { currentSession, endSession, endSessionIfContractEnded, endSessionIfPasswordChanged } from '../store/session';
import { contractEnded } from '../domain/contract-end';
import { Loading } from '../ui/Loading';
import { NssHeader } from '../ui/NssHeader';
import { TabBar, tabOfPath } from '../ui/TabBar';
import { WarningLine } from '../ui/WarningLine';
import { isNewUsagePath, isProvisionalPath, loginHref, NEW_USAGE_PATH } from './redirect';
import { whenAppReady } from './background';
import { ExercisePanelSlot } from '../screens/exercises/ExercisePanelSlot';
import { ScreenOutlet } from './ScreenOutlet';
import { UtilityBar } from './UtilityBar';

/** Every NSS screen behind login: header, tabs, the seeds' warning line. */
export function NssLayout(props: ParentProps) {
  const location = useLocation();
  const navigate = useNavigate();

  createEffect(() => {
    const s = currentSession();
    if (s === null) navigate(loginHref(location.pathname + location.search), { replace: true });
    // a 仮ログインID sees its NACCS利用申込 (and the システム設定申込 of its new codes), nothing else; an office never sees 新規申込's
    else if (s?.provisional && !isProvisionalPath(location.pathname)) navigate(NEW_USAGE_PATH, { replace: true });
    else if (s && !s.provisional && isNewUsagePath(location.pathname)) navigate('/', { replace: true });
  });
  const allowed = () => {
    const s = currentSession();
    return !!s && (s.provisional ? isProvisionalPath(location.pathname) : !isNewUsagePath(location.pathname));
  };

  // who is logged in comes with the database, and the screen needs the clock: open and
  // start them now rather than when the page is idle, the clock while the office is read
  whenAppReady().catch(() => undefined); // background.ts reports a failure
  const office = createLiveQuery(() => {
    const s = currentSession();
    return s && !s.provisional ? s.officeCode : undefined;
  }, getOffice);
  // the office's password changed on another device (sync): this session ends, the login page says why
  createEffect(() => {
    const changed = office()?.passwordId;
    if (changed && changed !== currentSession()?.passwordId) endSessionIfPasswordChanged().catch(() => undefined);
  });
  // the office's contract has ended (a 解約 reached its 契約満了日): the session ends at the next
  // navigation, or when the center ends the contract while it is open; the login page says why
  createEffect(() => {
    void location.pathname;
    const ended = office()?.terminatedOn;
    if (!ended) return;
    // the training clock's day, once its offset is loaded
    whenAppReady()
      .then((clock) => (contractEnded({ terminatedOn: ended }, clock.today()) ? endSessionIfContractEnded(clock.today()) : undefined))
      .catch(() => undefined);
  });

  const logout = async () => {
    await endSession();
    navigate('/login', { replace: true });
  };

  return (
    <Show when={currentSession()} fallback={<Show when={currentSession() === undefined}>{<Loading />}</Show>}>
      {(session) => (
        // drawn once the office's names are known, so that they never push the page down
        <Show when={!office.loading()} fallback={<Loading />}>
          <div class="nss-shell">
            <UtilityBar />
            <NssHeader
              companyName={session().provisional ? '新規申込' : (office()?.companyName ?? '')}
              officeName={session().provisional ? `仮ログインID ${session().officeCode}` : (office()?.officeName ?? '')}
              loginAt={formatDateTimeSeconds(session().loginAt)}
              onLogout={logout}
            />
            <Show when={!session().provisional}>
              <TabBar current={tabOfPath(location.pathname)} atHome={location.pathname === '/'} />
            </Show>
            <ExercisePanelSlot />
            <main id="main">
              <WarningLine />
              <Show when={allowed()} fallback={<Loading />}>
                <ScreenOutlet>{props.children}</ScreenOutlet>
              </Show>
            </main>
          </div>
        </Show>
      )}
    </Show>
  );
}
