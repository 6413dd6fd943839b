/** Why a filing was refused because of its draft: filed or discarded already, or saved by another tab since. */
export type DraftRefusal = 'draft-gone' | 'draft-stale';

/** The center refused a request; `messages` are shown to the user as they are. */
export class SubmitRefusedError extends Error {
  constructor(
    readonly messages: string[],
    readonly draft?: DraftRefusal,
  ) {
    super(messages.join('\n'));
    this.name = 'SubmitRefusedError';
  }
}

export const DRAFT_GONE_REFUSAL =
  'この申込は別のタブ(ウィンドウ)で既に登録されたか、破棄されています。同じ申込を二重に登録することはできません。申込内容確認から申込の状況をご確認ください。';
export const DRAFT_STALE_REFUSAL =
  '別のタブ(ウィンドウ)でこの申込の入力内容が更新されたため、登録できませんでした。「最新の入力内容を読み込む」ボタンで最新の入力内容を読み込み、内容を確認してから登録してください。';
