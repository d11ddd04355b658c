import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sv } from './sv';
import { en } from './en';

export const SUPPORTED_LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

/** localStorage key of the chosen UI language */
export const LANGUAGE_STORAGE_KEY = 'dp.language';

export const resources = { sv: { translation: sv }, en: { translation: en } } as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** The Intl locale for numbers (money) in a UI language. Dates use sv-SE in every language. */
export function numberLocaleFor(language: string): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}

function readStoredLanguage(): Language | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function reflectLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * A fresh i18next instance with the Swedish and English resources. The language is the given one, else
 * the one stored in localStorage, else Swedish. It keeps `<html lang>` in step and stores every change.
 */
export function createI18n(language?: Language): I18n {
  const instance = i18next.createInstance();
  const initial = language ?? readStoredLanguage() ?? DEFAULT_LANGUAGE;
  void instance.use(initReactI18next).init({
    resources,
    lng: initial,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  reflectLanguage(initial);
  instance.on('languageChanged', (lng) => {
    reflectLanguage(lng);
    try {
      globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // storage unavailable (private mode): the choice lasts for this page only
    }
  });
  return instance;
}
