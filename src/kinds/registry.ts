// Every kind of application the app knows, registered here explicitly: adding a
// kind is its folder and one line below. The center, the screens and the tests
// read kinds only through this module, so nothing else has to be imported first.
import type { AnyKindDefinition, KindDefinition } from '../center/kind-definition';
import { acceptKind, type ApplicationKind } from '../domain/application';
import { brokerIdKind } from './broker-id/kind';
import { certReissueKind } from './cert-reissue/kind';
import { contractChangeKind } from './contract-change/kind';
import { newUsageKind } from './new-usage/kind';
import { systemSettingKind } from './system-setting/kind';

const BUILT_IN: readonly KindDefinition<never>[] = [
  systemSettingKind as KindDefinition<never>,
  brokerIdKind as KindDefinition<never>,
  contractChangeKind as KindDefinition<never>,
  certReissueKind as KindDefinition<never>,
  newUsageKind as KindDefinition<never>,
];

const kinds = new Map<string, AnyKindDefinition>(BUILT_IN.map((d) => [d.kind, d as unknown as AnyKindDefinition]));

/** The definition of a kind, or undefined for a kind this app does not know (e.g. from a newer device). */
export function findKind(kind: string): AnyKindDefinition | undefined {
  return kinds.get(kind);
}

/** The definition of a kind; throws for an unknown one. */
export function kindDefinition(kind: string): AnyKindDefinition {
  const def = kinds.get(kind);
  if (!def) throw new Error(`unknown application kind: ${kind}`);
  return def;
}

/** Every kind, in the order they are registered. */
export function allKinds(): AnyKindDefinition[] {
  return [...kinds.values()];
}

/**
 * Adds a kind beside the built-in ones (a test's minimal kind). A built-in kind's
 * id is refused: a stand-in must never pass for the real kind.
 */
export function registerKind<P>(def: KindDefinition<P> & { kind: string }): () => void {
  if (BUILT_IN.some((d) => d.kind === def.kind)) throw new Error(`${def.kind} is a built-in kind and cannot be replaced`);
  kinds.set(def.kind, def as unknown as AnyKindDefinition);
  const forget = acceptKind(def.kind);
  return () => {
    forget();
    kinds.delete(def.kind);
  };
}

/** Whether the id is one of ours (the list's kind filter, a hostile record's kind). */
export function isKnownKind(kind: string): kind is ApplicationKind {
  return kinds.has(kind);
}
