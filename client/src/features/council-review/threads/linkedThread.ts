import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { threadHash } from '../paths';

/**
 * When the address names this thread (an inbox or summary link), opens it once its page is on screen,
 * brings it into view and puts focus on its heading: the page is long, and a visitor who followed
 * the link should not have to look for it. Each visit by such a link does it once.
 */
export function useLinkedThread(threadId: string, heading: RefObject<HTMLElement | null>, open: () => void): void {
  const { hash, key } = useLocation();
  const linked = hash === threadHash(threadId);
  useEffect(() => {
    if (!linked) return;
    open();
    // After the opened body is laid out, so that the heading is scrolled to where it will stay.
    requestAnimationFrame(() => {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus({ preventScroll: true });
    });
    // `open` and the ref are the thread's own: the key alone says a new visit by the link.
  }, [linked, key]);
}
