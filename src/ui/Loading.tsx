/** While the app prepares; the first start also writes the demo office, which takes a few seconds. */
export function Loading() {
  return (
    <div class="boot">
      <p class="boot-title">NACCSサポートシステム</p>
      <p role="status">読み込み中…（初めて起動したときは、デモ用のデータを準備するため数秒かかります）</p>
    </div>
  );
}
