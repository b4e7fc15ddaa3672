import { describe, expect, it } from 'vitest';
import type { OrgUnitNode } from '@/features/org-units/api/types';
import { filterTree, initiallyOpenIds } from '@/features/org-units/utils/filter-tree';
import { ngheAnTree } from '@/testing/org-units-fixture';

const codes = (nodes: OrgUnitNode[]): string[] => nodes.flatMap((n) => [n.code, ...codes(n.children)]);

describe('filterTree', () => {
  it('finds a unit typed without diacritics and keeps its ancestors', () => {
    const result = filterTree(ngheAnTree(), 'dien ky');
    expect(codes(result.nodes)).toEqual(['NA', 'NA-DIENCHAU', 'NA-DIENCHAU-DIENKY', 'NA-DIENCHAU-DIENKY-T1']);
    expect(result.openIds).toEqual(new Set([1, 14]));
    expect(result.matchIds).toEqual(new Set([141]));
  });

  it('drops siblings that do not match', () => {
    const result = filterTree(ngheAnTree(), 'Diễn Châu');
    const found = codes(result.nodes);
    expect(found).toContain('NA-DIENCHAU');
    expect(found).not.toContain('NA-VINH');
    expect(found).not.toContain('NA-SYT');
  });

  it('matches codes as well as names, ignoring case', () => {
    const result = filterTree(ngheAnTree(), 'na-vinh-dong');
    expect(result.matchIds).toEqual(new Set([151]));
    expect(codes(result.nodes)).toEqual(['NA', 'NA-VINH', 'NA-VINH-DONGVINH']);
  });

  it('matches đ typed as d', () => {
    expect(filterTree(ngheAnTree(), 'dong vinh').matchIds).toEqual(new Set([151]));
  });

  it('returns the tree untouched for an empty query', () => {
    const roots = ngheAnTree();
    expect(filterTree(roots, '   ').nodes).toBe(roots);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterTree(ngheAnTree(), 'Hà Nội').nodes).toEqual([]);
  });
});

describe('initiallyOpenIds', () => {
  it('opens the first two levels so that three levels are visible', () => {
    expect(initiallyOpenIds(ngheAnTree())).toEqual(new Set([1, 2, 14, 15]));
  });
});
