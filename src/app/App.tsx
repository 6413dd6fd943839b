import { Route, Router } from '@solidjs/router';
import type { ParentProps } from 'solid-js';
import { nssRoutes, trainerRoutes } from './routes';

function Root(props: ParentProps) {
  return <>{props.children}</>;
}

export function App() {
  return (
    <Router root={Root}>
      <Route path="/">{nssRoutes.map((r) => <Route {...(r as object)} />)}</Route>
      <Route path="/">{trainerRoutes.map((r) => <Route {...(r as object)} />)}</Route>
    </Router>
  );
}
