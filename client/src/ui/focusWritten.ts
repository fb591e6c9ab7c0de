/**
 * After a write, focus moves to what was written (a thread, a post, a response, an action), marked
 * `tabIndex={-1}` and found by `selector`: the form or button that had focus has gone, and focus
 * would otherwise fall back to the start of the page. The item may show only once the page's
 * queries are read again, so a few frames are waited for it.
 */
export function focusWritten(selector: string, frames = 30): void {
  const element = document.querySelector<HTMLElement>(selector);
  if (element) element.focus();
  else if (frames > 0) requestAnimationFrame(() => focusWritten(selector, frames - 1));
}
