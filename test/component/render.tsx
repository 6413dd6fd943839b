// Render screens inside a memory router, as the app does inside its Router.
import { createMemoryHistory, MemoryRouter, Route, type RouteDefinition } from '@solidjs/router';
import { render } from '@solidjs/testing-library';
import { For, type Component } from 'solid-js';

/** Renders the given routes at `url`; returns the testing-library result and the history. */
export function renderRoutes(routes: RouteDefinition[], url: string) {
  const history = createMemoryHistory();
  history.set({ value: url });
  const result = render(() => (
    <MemoryRouter history={history}>
      <For each={routes}>{(r) => <Route {...(r as object)} />}</For>
    </MemoryRouter>
  ));
  return { ...result, history };
}

/** Renders one component at `path`, visited as `url`. */
export function renderAt(component: Component, path: string, url = path) {
  return renderRoutes([{ path, component }], url);
}
