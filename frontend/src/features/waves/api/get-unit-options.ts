import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { UnitOption } from '@/features/waves/api/types';
import { queryKeys } from '@/lib/query-keys';

type Node = { id: number; code: string; name: string; children: Node[] };

/** The caller's visible units, flattened in tree order with their depth, for choosing a wave's units. */
export function flattenUnits(roots: Node[], depth = 0): UnitOption[] {
  return roots.flatMap((node) => [
    { id: node.id, code: node.code, name: node.name, depth },
    ...flattenUnits(node.children, depth + 1),
  ]);
}

export const useUnitOptions = () =>
  useQuery({
    queryKey: queryKeys.orgUnits.tree(),
    queryFn: ({ signal }) => api.get<Node[]>('/api/org-units/tree', signal),
    select: (roots) => flattenUnits(roots),
  });
