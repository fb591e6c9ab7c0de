import { useMemo, useSyncExternalStore } from 'react';
import firstJa from './first/ja.json';

// What i18next and react-i18next did for this app, in under 1 KB instead of 17 KB gzip: nested
// keys, {{name}} interpolation, plurals by `count` (key_one / key_other by Intl.PluralRules),
// defaultValue, Japanese as the fallback language, catalogs fetched when needed.

type Language = 'ja' | 'en';
type Catalog = { [key: string]: string | Catalog };
type TOptions = { count?: number; defaultValue?: string; [name: string]: unknown };

/**
 * The first page's strings (the shell, the plan, sign-in: first/) ship in Japanese with the entry;
 * the other pages' (rest/) come with the first such page (lazyPage), English when it is chosen.
 * Both languages hold the same keys, so a page needs its own language's catalogs only.
 */
const loaders = {
  first: { ja: async () => firstJa, en: () => import('./first/en.json').then((m) => m.default) },
  rest: { ja: () => import('./rest/ja.json').then((m) => m.default), en: () => import('./rest/en.json').then((m) => m.default) },
} satisfies Record<string, Record<Language, () => Promise<Catalog>>>;
type Part = keyof typeof loaders;

const catalogs: Record<Language, Catalog> = { ja: {}, en: {} };
const loading = new Map<string, Promise<void>>();
const needed = new Set<Part>(['first']);

function load(lng: Language, part: Part): Promise<void> {
  const id = `${part}/${lng}`;
  let done = loading.get(id);
  if (!done) {
    done = loaders[part][lng]().then((catalog) => {
      // The parts hold different top-level sections.
      Object.assign(catalogs[lng], catalog);
      changed();
    });
    // After a failed fetch the next page or switch tries again.
    done.catch(() => loading.delete(id));
    loading.set(id, done);
  }
  return done;
}

// Japanese until another language has loaded, and if it fails to.
let language: Language = 'ja';
let version = 0;
const listeners = new Set<() => void>();
function changed() {
  version++;
  for (const listener of listeners) listener();
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

const STORAGE_KEY = 'kaizen.language';

/** Switches once `next` has the strings of every part loaded so far. */
async function changeLanguage(next: Language): Promise<void> {
  await Promise.all([...needed].map((part) => load(next, part)));
  language = next;
  // Screen readers pick their voice from <html lang>.
  document.documentElement.lang = next;
  localStorage.setItem(STORAGE_KEY, next);
  changed();
}

/** The other pages' strings, in the language shown (and in any chosen later). */
export function loadPageStrings(): Promise<void> {
  needed.add('rest');
  return load(language, 'rest');
}

const i18n = {
  get language(): Language {
    return language;
  },
  /** A failed fetch of the other language keeps the current one. */
  changeLanguage: (next: Language) => changeLanguage(next).catch(() => undefined),
};

function lookup(catalog: Catalog | string | undefined, key: string): string | undefined {
  for (const name of key.split('.')) catalog = typeof catalog === 'object' ? catalog[name] : undefined;
  return typeof catalog === 'string' ? catalog : undefined;
}

const pluralRules = { ja: new Intl.PluralRules('ja'), en: new Intl.PluralRules('en') };

/** As i18next: a value not given leaves its {{placeholder}} as written, null or undefined gives ''. */
const interpolate = (text: string, values: TOptions) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (slot, name: string) => (name in values ? String(values[name] ?? '') : slot));

function translate(key: string, options: TOptions = {}): string {
  for (const lng of language === 'ja' ? (['ja'] as const) : ([language, 'ja'] as const)) {
    const plural = options.count === undefined ? undefined : lookup(catalogs[lng], `${key}_${pluralRules[lng].select(options.count)}`);
    const text = plural ?? lookup(catalogs[lng], key);
    if (text !== undefined) return interpolate(text, options);
  }
  return interpolate(options.defaultValue ?? key, options);
}

export function useTranslation() {
  const current = useSyncExternalStore(subscribe, () => version);
  // A new t after each change of language or catalog, so memoised children that take it re-render too.
  return useMemo(() => ({ t: (key: string, options?: TOptions) => translate(key, options), i18n }), [current]);
}

/** Resolves once the language to show is loaded: main.tsx renders after it, so nothing flashes in the other language. */
export const i18nReady = load('ja', 'first').then(() => changeLanguage(localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja'));
