// How the detail screen shows what a kind filed: each kind's flow adds one line
// here, a lazily loaded component that renders the payload. Without one the
// detail shows a plain note instead.
import type { Component } from 'solid-js';
import type { Application, ApplicationKind } from '../../domain/application';

export interface KindViewProps {
  application: Application;
}

export type KindViewLoader = () => Promise<{ default: Component<KindViewProps> }>;

export const KIND_VIEWS: Partial<Record<ApplicationKind, KindViewLoader>> = {
  'system-setting': () => import('../system-setting/FiledView'),
  'broker-id': () => import('../broker-id/FiledView'),
};
