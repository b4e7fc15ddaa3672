import { describe, expect, it } from 'vitest';
import en from '@/locales/en.json';
import vi from '@/locales/vi.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function missing(from: string[], to: string[]): string[] {
  const present = new Set(to);
  return from.filter((key) => !present.has(key));
}

describe('locales', () => {
  it('Vietnamese and English translate exactly the same keys', () => {
    const viKeys = keysOf(vi);
    const enKeys = keysOf(en);
    const missingInEn = missing(viKeys, enKeys);
    const missingInVi = missing(enKeys, viKeys);
    const report = [
      missingInEn.length ? `missing in en.json: ${missingInEn.join(', ')}` : '',
      missingInVi.length ? `missing in vi.json: ${missingInVi.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n');
    expect(report, report).toBe('');
  });

  it('has no empty translation', () => {
    const empty = [
      ...keysOf(vi).filter((key) => lookup(vi, key) === '').map((key) => `vi:${key}`),
      ...keysOf(en).filter((key) => lookup(en, key) === '').map((key) => `en:${key}`),
    ];
    expect(empty, `empty translations: ${empty.join(', ')}`).toEqual([]);
  });
});

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
}
