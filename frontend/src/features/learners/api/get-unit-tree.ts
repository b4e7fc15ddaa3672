import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type UnitNode = { id: number; code: string; name: string; status: string; children: UnitNode[] };

/** The org tree, read here for the unit filter (features do not share API files). */
export const getUnitTree = (signal?: AbortSignal): Promise<UnitNode[]> => api.get<UnitNode[]>('/api/org-units/tree', signal);

export const unitTreeQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.orgUnits.tree(), queryFn: ({ signal }) => getUnitTree(signal) });

export const useUnitTree = () => useQuery(unitTreeQueryOptions());
