import { Route, Router, type RouteDefinition } from '@solidjs/router';
import { For, type ParentProps } from 'solid-js';
import { needRefresh, offlineReady, postponeUpdate, setOfflineReady, updateNow } from '../pwa/state';
import { loginRoutes } from '../screens/login/routes';
import { signupRoutes } from '../screens/new-usage/routes';
import { clearStorageProblem, storageProblem } from '../store/errors';
import { BadRecordsBanner } from '../ui/BadRecords';
import { SkipLink } from '../ui/SkipLink';
import { StorageBanner } from '../ui/StorageBanner';
import { OfflineReadyNote, UpdatePrompt } from '../ui/UpdatePrompt';
import { lazyNamed } from './lazy';
import { NotFound } from './NotFound';
import { RouteAnnouncer } from './RouteAnnouncer';
import { exerciseRoutes, nssRoutes, trainerRoutes } from './routes';

/** What every page shows above its layout: storage problems and the update prompt. */
export function Root(props: ParentProps) {
  return (
    <>
      <SkipLink />
      <RouteAnnouncer />
      <StorageBanner problem={storageProblem()} onDismiss={clearStorageProblem} />
      <BadRecordsBanner />
      <UpdatePrompt visible={needRefresh()} onUpdate={() => void updateNow()} onLater={postponeUpdate} />
      <OfflineReadyNote visible={offlineReady()} onClose={() => setOfflineReady(false)} />
      {props.children}
    </>
  );
}

// The layouts read the database: they load with it, after the login page's first paint.
const NssLayout = lazyNamed(() => import('./NssLayout'), 'NssLayout');
const TrainerLayout = lazyNamed(() => import('./TrainerLayout'), 'TrainerLayout');
const ExerciseLayout = lazyNamed(() => import('./ExerciseLayout'), 'ExerciseLayout');

const routes = (list: RouteDefinition[]) => <For each={list}>{(r) => <Route {...(r as object)} />}</For>;

/** The whole route tree; tests render it inside a MemoryRouter. */
export function AppRoutes() {
  return (
    <>
      {routes(loginRoutes)}
      {routes(signupRoutes)}
      <Route path="/" component={NssLayout}>
        {routes(nssRoutes)}
      </Route>
      <Route path="/" component={TrainerLayout}>
        {routes(trainerRoutes)}
      </Route>
      <Route path="/" component={ExerciseLayout}>
        {routes(exerciseRoutes)}
      </Route>
      <Route path="*" component={NotFound} />
    </>
  );
}

export function App() {
  return (
    <Router root={Root}>
      <AppRoutes />
    </Router>
  );
}
