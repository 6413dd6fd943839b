/**
 * 「本文へスキップ」: the first thing the keyboard reaches on every page, shown
 * when focused; it moves focus to the page's main content.
 */
export function SkipLink() {
  const skip = (e: MouseEvent) => {
    const main = document.getElementById('main');
    if (!main) return;
    e.preventDefault();
    if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
    main.focus();
  };
  return (
    <a class="skip-link" href="#main" onClick={skip}>
      本文へスキップ
    </a>
  );
}
