import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { UnitNode } from '@/features/accounts/api/types';
import { queryKeys } from '@/lib/query-keys';

/** The org tree, read here for the unit picker (features do not share API files). */
export const getUnitTree = (signal?: AbortSignal): Promise<UnitNode[]> => api.get<UnitNode[]>('/api/org-units/tree', signal);

export const unitTreeQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.orgUnits.tree(), queryFn: ({ signal }) => getUnitTree(signal) });

export const useUnitTree = () => useQuery(unitTreeQueryOptions());
