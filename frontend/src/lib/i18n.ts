import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from '@/locales/vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// Only the language choice is persisted; nothing about the session ever is.
const STORAGE_KEY = 'hocso.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'vi';
  } catch {
    return 'vi';
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi';
}

/**
 * English is a second download (issue 14): most people read Vietnamese, so only they pay nothing
 * for the other language.
 */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { default: en } = await import('@/locales/en.json');
    i18n.addResourceBundle('en', 'translation', en);
  }
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may forbid storage; the switch still works for this visit.
  }
  await i18n.changeLanguage(language);
}

export function initI18n(language: Language = storedLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { vi: { translation: vi } },
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: 'vi',
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    i18n.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
    });
    document.documentElement.lang = language;
    if (language !== 'vi') void loadLanguage(language).then(() => i18n.changeLanguage(language));
  }
  return i18n;
}

export { i18n };
