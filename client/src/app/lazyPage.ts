import { lazy, type ComponentType } from 'react';
import { loadPageStrings } from './i18n';

/** A component loaded on first use together with the strings of the pages after the first (i18n/rest). */
export function lazyPage<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => Promise.all([load(), loadPageStrings()]).then(([module]) => ({ default: module[name] })));
}
