import { useLocation, useNavigate } from '@solidjs/router';
import { createEffect, Show, type ParentProps } from 'solid-js';
import { formatDateTimeSeconds } from '../domain/time';
import { getOffice } from '../store/contracts';
import { createLiveQuery } from '../store/live';
import { currentSession, endSession, endSessionIfPasswordChanged } from '../store/session';
import { Loading } from '../ui/Loading';
import { NssHeader } from '../ui/NssHeader';
import { TabBar, tabOfPath } from '../ui/TabBar';
import { WarningLine } from '../ui/WarningLine';
import { loginHref } from './redirect';
import { whenStoreOpen } from './background';
import { ExercisePanelSlot } from '../screens/exercises/ExercisePanelSlot';
import { ScreenOutlet } from './ScreenOutlet';
import { UtilityBar } from './UtilityBar';

/** Every NSS screen behind login: header, tabs, the seeds' warning line. */
export function NssLayout(props: ParentProps) {
  const location = useLocation();
  const navigate = useNavigate();

  createEffect(() => {
    if (currentSession() === null) navigate(loginHref(location.pathname + location.search), { replace: true });
  });

  // who is logged in comes with the database: open it now rather than when the page is idle
  whenStoreOpen().catch(() => undefined); // background.ts reports a failure
  const office = createLiveQuery(() => currentSession()?.officeCode, getOffice);
  // the office's password changed on another device (sync): this session ends, the login page says why
  createEffect(() => {
    const changed = office()?.passwordId;
    if (changed && changed !== currentSession()?.passwordId) endSessionIfPasswordChanged().catch(() => undefined);
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
              companyName={office()?.companyName ?? ''}
              officeName={office()?.officeName ?? ''}
              loginAt={formatDateTimeSeconds(session().loginAt)}
              onLogout={logout}
            />
            <TabBar current={tabOfPath(location.pathname)} atHome={location.pathname === '/'} />
            <ExercisePanelSlot />
            <main id="main">
              <WarningLine />
              <ScreenOutlet>{props.children}</ScreenOutlet>
            </main>
          </div>
        </Show>
      )}
    </Show>
  );
}
