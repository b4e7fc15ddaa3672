import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18n, initI18n } from '@/lib/i18n';
import en from '@/locales/en.json';

initI18n('vi');
// The app loads English on demand; tests switch with i18n.changeLanguage directly.
i18n.addResourceBundle('en', 'translation', en);

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
});
