// What the screens show of an application's kind, read from its definition
// (src/kinds/). A kind this app does not know (a record from a newer device, or a
// damaged one) is named as such, and offers no way into a wizard that is not there.
import type { Component } from 'solid-js';
import type { DateLabel, KindViewProps } from '../../center/kind-definition';
import type { Application } from '../../domain/application';
import { detailTitle } from '../../domain/texts/kinds';
import { findKind } from '../../kinds/registry';

export interface KindInfo {
  /** as 申込情報一覧 lists it: 'システム設定申込' */
  listLabel: string;
  /** as running text names it: 'システム設定申込' */
  name: string;
  /** 'システム設定申込詳細' (S0), '利用申込詳細' (S2) */
  detailTitle: string;
  dateLabel: DateLabel;
  wizardPath?: string;
  /** the filed application's content (loaded when shown) */
  view?: () => Promise<{ default: Component<KindViewProps> }>;
  /** whether the 無効 rule applies (the trainer may try it) */
  needsSystemSetting: boolean;
}

/** `payload`: the application's (a 解約 is listed and dated as such); `application`: its ID通知内容, where a kind numbers its new codes at 審査終了 (新規申込) */
export function kindInfo(kind: string, payload?: unknown, application?: Pick<Application, 'idNotice'>): KindInfo {
  const def = findKind(kind);
  if (!def) {
    return {
      listLabel: `不明な申込種別(${kind})`,
      name: '申込',
      detailTitle: '申込詳細',
      dateLabel: '利用開始日',
      needsSystemSetting: false,
    };
  }
  const variant = typeof payload === 'object' && payload !== null ? def.variant?.(payload) : undefined;
  return {
    listLabel: variant?.listLabel ?? def.texts.listLabel,
    name: def.texts.name,
    detailTitle: detailTitle(def.letter),
    dateLabel: variant?.dateLabel ?? def.dateLabel,
    wizardPath: def.wizardPath,
    view: def.view,
    needsSystemSetting: payload !== undefined && (def.requiresSystemSetting?.(payload, application) ?? []).length > 0,
  };
}
