/** The seeds' warning line, kept for fidelity; this simulator survives both. */
export function WarningLine() {
  return (
    <div class="warning-line">
      <p class="warning-line-text">ブラウザの戻るボタン、複数のタブ・ウィンドウは使用しないでください。</p>
      <p class="warning-line-note">（研修版では戻るボタンや複数のタブを使っても、入力内容は失われません。）</p>
    </div>
  );
}
