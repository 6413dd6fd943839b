import { createSignal, onCleanup, onMount, type ParentProps } from 'solid-js';

/** The table's caption, or the heading its aria-labelledby names. */
function tableName(table: HTMLTableElement | null): string {
  if (!table) return '';
  const labelledBy = table.getAttribute('aria-labelledby');
  const label = labelledBy ? document.getElementById(labelledBy) : table.querySelector('caption');
  return label?.textContent?.trim() ?? table.getAttribute('aria-label') ?? '';
}

/**
 * A wide table's horizontal scroller. While its table is wider than the space
 * (a tablet held upright), it is a named, focusable region, so the keyboard can
 * reach and scroll it (axe: scrollable-region-focusable); when everything fits
 * it is a plain box and no extra tab stop. Its name is the table's caption.
 */
export function TableScroll(props: ParentProps) {
  let box!: HTMLDivElement;
  const [scrolls, setScrolls] = createSignal(false);
  const [name, setName] = createSignal('');
  onMount(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      setScrolls(box.scrollWidth > box.clientWidth + 1);
      setName(tableName(box.querySelector('table')));
    };
    const sizes = new ResizeObserver(measure);
    const watchChildren = () => {
      sizes.disconnect();
      sizes.observe(box);
      for (const child of box.children) sizes.observe(child);
    };
    const children = new MutationObserver(watchChildren);
    children.observe(box, { childList: true });
    watchChildren();
    onCleanup(() => {
      sizes.disconnect();
      children.disconnect();
    });
  });
  return (
    <div
      ref={box}
      class="table-scroll"
      tabindex={scrolls() ? 0 : undefined}
      role={scrolls() ? 'region' : undefined}
      aria-label={scrolls() ? `${name() || '表'}（横にスクロールできます）` : undefined}
    >
      {props.children}
    </div>
  );
}
