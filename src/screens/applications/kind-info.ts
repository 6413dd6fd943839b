// What the screens need to know of a kind, also when its flow is not registered
// (then the list still names it, and offers no way into a wizard that is not there).
import '../../center/kinds/index';
import { kindDefinition } from '../../center/kinds';
import type { ApplicationKind } from '../../domain/application';
import { KIND_LABELS } from '../../domain/texts/kinds';

export interface KindInfo {
  /** as running text names it: 'システム設定申込' */
  name: string;
  dateLabel: '利用開始日' | 'NACCS登録日';
  wizardPath?: string;
  /** whether the 無効 rule applies (the trainer may try it) */
  needsSystemSetting: boolean;
}

export function kindInfo(kind: ApplicationKind, payload?: unknown): KindInfo {
  try {
    const def = kindDefinition(kind);
    return {
      name: def.texts.name,
      dateLabel: def.dateLabel,
      wizardPath: def.wizardPath,
      needsSystemSetting: payload !== undefined && (def.requiresSystemSetting?.(payload) ?? []).length > 0,
    };
  } catch {
    return {
      name: KIND_LABELS[kind],
      dateLabel: kind === 'system-setting' ? 'NACCS登録日' : '利用開始日',
      needsSystemSetting: false,
    };
  }
}
