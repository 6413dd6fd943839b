import { useIsRouting, useLocation } from '@solidjs/router';
import { createEffect, createSignal, on, onCleanup } from 'solid-js';

/** The new screen's heading: the first h1 of the page (the login page's is above its main). */
function findHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('#main h1') ?? document.querySelector<HTMLElement>('h1');
}

/** Calls `found` with the heading once the screen shows one; returns a function that stops looking. */
function whenHeadingShows(found: (h1: HTMLElement) => void): () => void {
  const now = findHeading();
  if (now) {
    found(now);
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const h1 = findHeading();
    if (!h1) return;
    observer.disconnect();
    found(h1);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * On every change of screen (a new path; a new query alone, such as a tab, is
 * the screen's own business) focus moves to the new page's heading and a polite
 * live region says which page is shown. The first page of a visit is read by
 * the screen reader anyway, so it is not announced and keeps the browser's focus.
 * `data-route-announced` says which address the heading belongs to (the e2e
 * checks wait for it before they look at a screen). docs/accessibility.md.
 */
export function RouteAnnouncer() {
  const location = useLocation();
  const isRouting = useIsRouting();
  const [message, setMessage] = createSignal('');
  const [announced, setAnnounced] = createSignal('');
  let stop = () => {};
  let shownPath: string | undefined;

  createEffect(
    on([() => location.pathname + location.search, isRouting], ([address, routing]) => {
      if (routing) return;
      stop();
      const pathChanged = shownPath !== undefined && shownPath !== location.pathname;
      const first = shownPath === undefined;
      shownPath = location.pathname;
      stop = whenHeadingShows((h1) => {
        if (pathChanged) {
          if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
          h1.focus();
          setMessage(`${h1.textContent?.trim() ?? ''}のページを表示しました。`);
        } else if (first) setMessage('');
        setAnnounced(address);
      });
    }),
  );
  onCleanup(() => stop());

  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-route-announced={announced()}>
      {message()}
    </div>
  );
}
