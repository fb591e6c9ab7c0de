import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ja from './ja.json';

export const languages = ['ja', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'kaizen.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'ja';
}

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
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
