import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

// A merge once dropped the "}" of a phone-only @media block: every rule after it (the in-person
// training pages) then applied on phones only, and the browser reported nothing.
describe('the app stylesheet', () => {
  it('closes every block, so no rule ends up inside a media query by accident', () => {
    const css = readFileSync(resolve(__dirname, 'index.css'), 'utf8');
    expect(() => postcss.parse(css)).not.toThrow();
    const root = postcss.parse(css);
    const phoneOnly = root.nodes.filter((node) => node.type === 'atrule' && node.name === 'media');
    for (const media of phoneOnly) {
      const selectors = (media as postcss.AtRule).nodes?.flatMap((n) => (n.type === 'rule' ? [n.selector] : [])) ?? [];
      expect(selectors.filter((s) => s.startsWith('.attendance')), `@media ${(media as postcss.AtRule).params}`).toEqual([]);
    }
  });
});
