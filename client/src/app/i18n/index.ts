import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ja from './ja.json';

export const languages = ['ja', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'kaizen.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'ja';
}

// Japanese ships with the first page; English is fetched when someone picks it (or had picked it):
// i18next asks this backend for a language it lacks and switches once it has it.
const otherLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, done) {
    if (language !== 'en') return done(null, {});
    import('./en.json').then(
      (m) => done(null, m.default),
      (error: Error) => done(error, null),
    );
  },
};

/** Resolves once the language to show is loaded: main.tsx renders after it, so nothing flashes in the other language. */
export const i18nReady = i18n
  .use(otherLanguages)
  .use(initReactI18next)
  .init({
    resources: { ja: { translation: ja } },
    partialBundledLanguages: true,
    lng: initialLanguage(),
    fallbackLng: 'ja',
    interpolation: { escapeValue: false },
  });

// Screen readers pick their voice from <html lang>.
const syncHtmlLang = (lng: string) => {
  document.documentElement.lang = lng;
};
syncHtmlLang(i18n.language);
i18n.on('languageChanged', (lng) => {
  syncHtmlLang(lng);
  localStorage.setItem(STORAGE_KEY, lng);
});

export default i18n;
