import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OrgUnitNode } from '@/features/org-units/api/types';
import { queryKeys } from '@/lib/query-keys';

/** The roots of the subtrees the signed-in user may see. */
export const getOrgUnitTree = (signal?: AbortSignal): Promise<OrgUnitNode[]> =>
  api.get<OrgUnitNode[]>('/api/org-units/tree', signal);

export const orgUnitTreeQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.orgUnits.tree(), queryFn: ({ signal }) => getOrgUnitTree(signal) });

export const useOrgUnitTree = () => useQuery(orgUnitTreeQueryOptions());
