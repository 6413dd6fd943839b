// The routes of a wizard, read off its journey: the guidance at the base path,
// the completion page, and every draft step below one shell that holds the
// draft session. A flow names its screens; the paths come from the journey.
import type { RouteDefinition } from '@solidjs/router';
import { createComponent, lazy, type Component, type ParentProps } from 'solid-js';
import type { ApplicationKind } from '../domain/application';
import type { Journey } from './journey';

export function wizardRoutes<S extends object, Id extends string>(
  journey: Journey<S, Id>,
  kind: ApplicationKind,
  /** the screen of each step (load them lazily: lazyNamed) */
  screens: Record<Id, Component>,
  /** whose drafts the steps open, where not the session's (a flow that runs before login) */
  owner?: () => string | undefined,
): RouteDefinition[] {
  const start = journey.steps.filter((s) => s.place === 'start');
  const end = journey.steps.filter((s) => s.place === 'end');
  const drafted = journey.steps.filter((s) => !s.place);
  const shell = lazy(async () => {
    const { WizardShell } = await import('./context');
    return {
      default: (props: ParentProps) => createComponent(WizardShell<S, Id>, { journey, kind, owner, get children() { return props.children; } }),
    };
  });
  const at = (path: string) => (path ? `${journey.basePath}/${path}` : journey.basePath);
  return [
    ...start.map((s) => ({ path: at(s.path), component: screens[s.id] })),
    ...end.map((s) => ({ path: at(s.path), component: screens[s.id] })),
    {
      path: journey.basePath,
      component: shell,
      children: drafted.map((s) => ({ path: `/${s.path}`, component: screens[s.id] })),
    },
  ];
}
