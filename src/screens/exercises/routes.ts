import type { RouteDefinition } from '@solidjs/router';
import { lazyNamed } from '../../app/lazy';

/** 演習, outside the NSS tabs: the list, and each graded run's result. */
export const exerciseRoutes: RouteDefinition[] = [
  { path: '/exercises', component: lazyNamed(() => import('./ExercisesPage'), 'ExercisesPage') },
  { path: '/exercises/results/:runId', component: lazyNamed(() => import('./ResultPage'), 'ResultPage') },
];

export const trainerRoutes: RouteDefinition[] = [
  { path: '/trainer/exercises', component: lazyNamed(() => import('./TrainerResultsPage'), 'TrainerResultsPage') },
];
