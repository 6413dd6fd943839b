// The whole app (root layout and every route) in a memory router, for tests of what
// spans screens: the shell, the login redirect, a session ending.
import { createMemoryHistory, MemoryRouter } from '@solidjs/router';
import { render } from '@solidjs/testing-library';
import { AppRoutes, Root } from '../../src/app/App';

/** Renders the app at `url`; returns the history. */
export function renderApp(url: string) {
  const history = createMemoryHistory();
  history.set({ value: url });
  render(() => (
    <MemoryRouter history={history} root={Root}>
      <AppRoutes />
    </MemoryRouter>
  ));
  return { history };
}
