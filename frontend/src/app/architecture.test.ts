import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import vi from '@/locales/vi.json';

// Vitest runs from the frontend folder (jsdom's URL cannot resolve file paths).
const SRC = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path).split(sep).join('/'),
  text: readFileSync(path, 'utf8'),
}));
const production = files.filter((f) => !/\.test\.tsx?$/.test(f.path) && !f.path.startsWith('testing/'));

// Module boundaries and barrel files are ESLint's (eslint.config.js, proven by boundaries.test.ts).
describe('architecture', () => {
  it('keeps web storage to the language choice, unsent quiz answers, a citizen\'s chosen commune and the tab\'s session', () => {
    const users = production.filter(({ text }) => /\b(localStorage|sessionStorage)\b/.test(text)).map((f) => f.path);
    expect(users.sort()).toEqual([
      'features/citizens/components/commune-choice.ts',
      'features/quiz/api/answer-store.ts',
      'features/training/api/pending-marks.ts',
      'lib/auth.ts',
      'lib/i18n.ts',
    ]);
  });

  it('keeps tokens only in the tab\'s sessionStorage, never in localStorage (ADR 0410)', () => {
    const auth = production.find((f) => f.path === 'lib/auth.ts')!.text;
    expect(auth).not.toMatch(/\blocalStorage\b/);
    expect(auth).toMatch(/window\.sessionStorage/);
  });

  it('every literal translation key used in the code exists', () => {
    const lookup = (key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], vi);
    const used = production.flatMap(({ path, text }) =>
      [...text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g), ...text.matchAll(/labelKey: '([a-zA-Z0-9_.]+)'/g)].map(
        (m) => ({ path, key: m[1] as string }),
      ),
    );
    const missing = used.filter(({ key }) => typeof lookup(key) !== 'string').map(({ path, key }) => `${path}: ${key}`);
    expect(used.length, 'the key scanner found no t() calls: has the pattern drifted?').toBeGreaterThan(20);
    expect(missing, missing.join('\n')).toEqual([]);
  });
});
