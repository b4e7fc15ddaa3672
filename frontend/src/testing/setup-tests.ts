import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18n, initI18n } from '@/lib/i18n';

initI18n('vi');

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
});
