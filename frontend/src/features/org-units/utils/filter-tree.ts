import { foldText } from '@/utils/fold-text';
import type { OrgUnitNode } from '@/features/org-units/api/types';

export type FilteredTree = {
  nodes: OrgUnitNode[];
  /** Ids of the units that lie on the way to a match and must be shown open. */
  openIds: Set<number>;
  /** Ids of the units whose own name or code matches. */
  matchIds: Set<number>;
};

function matches(node: OrgUnitNode, folded: string): boolean {
  return foldText(node.name).includes(folded) || foldText(node.code).includes(folded);
}

/**
 * Keeps the units whose name or code contains the query (ignoring case and diacritics),
 * together with every ancestor, so a match is always seen in its place in the tree.
 * A matching unit keeps its whole subtree, closed, so the user can still look inside.
 */
export function filterTree(roots: OrgUnitNode[], query: string): FilteredTree {
  const folded = foldText(query);
  const openIds = new Set<number>();
  const matchIds = new Set<number>();
  if (folded === '') return { nodes: roots, openIds, matchIds };

  const visit = (node: OrgUnitNode): OrgUnitNode | null => {
    const selfMatches = matches(node, folded);
    const children = node.children.map(visit).filter((child): child is OrgUnitNode => child !== null);
    if (selfMatches) matchIds.add(node.id);
    if (children.length > 0) openIds.add(node.id);
    if (!selfMatches && children.length === 0) return null;
    return { ...node, children: selfMatches && children.length === 0 ? node.children : children };
  };

  const nodes = roots.map(visit).filter((node): node is OrgUnitNode => node !== null);
  return { nodes, openIds, matchIds };
}

/** Ids of the units shown open before the user touches anything: the first two levels. */
export function initiallyOpenIds(roots: OrgUnitNode[], depth = 2): Set<number> {
  const ids = new Set<number>();
  const walk = (nodes: OrgUnitNode[], level: number) => {
    if (level >= depth) return;
    for (const node of nodes) {
      ids.add(node.id);
      walk(node.children, level + 1);
    }
  };
  walk(roots, 0);
  return ids;
}
