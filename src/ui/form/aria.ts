/** The ids a field's hint, example and message get, and its aria-describedby. */
export function describedIds(id: string, parts: { hint?: unknown; example?: unknown; note?: unknown; error?: unknown }) {
  return (
    [parts.error && `${id}-error`, parts.hint && `${id}-hint`, parts.example && `${id}-example`, parts.note && `${id}-note`]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** Enter pressed to confirm an IME conversion: it must never submit the form. */
export function isImeEnter(e: KeyboardEvent): boolean {
  return e.key === 'Enter' && (e.isComposing || e.keyCode === 229);
}

const FOCUSABLE = 'input, select, textarea, button, [tabindex]';

/**
 * Focus a field by id (after a tab switch has rendered it) and bring it into view.
 * A group (radio buttons, checkboxes) is focused at its first control.
 */
export function focusField(id: string): void {
  queueMicrotask(() => {
    const el = document.getElementById(id);
    if (!el) return;
    const target = el.matches(FOCUSABLE) ? el : (el.querySelector<HTMLElement>(FOCUSABLE) ?? el);
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  });
}
