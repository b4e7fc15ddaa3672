import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OrgUnitDetail } from '@/features/org-units/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getOrgUnit = (id: number, signal?: AbortSignal): Promise<OrgUnitDetail> =>
  api.get<OrgUnitDetail>(`/api/org-units/${id}`, signal);

export const orgUnitQueryOptions = (id: number) =>
  queryOptions({ queryKey: queryKeys.orgUnits.one(id), queryFn: ({ signal }) => getOrgUnit(id, signal) });

export const useOrgUnit = (id: number | null) =>
  useQuery({ ...orgUnitQueryOptions(id ?? 0), enabled: id !== null });
