import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { toReconciliation, type ApiReconciliation } from '@/features/headcounts/api/from-api';
import { queryKeys } from '@/lib/query-keys';

export const getReconciliation = (period: string, unitId: number | null, signal?: AbortSignal) => {
  const params = new URLSearchParams({ period });
  if (unitId !== null) params.set('unitId', String(unitId));
  return api.get<ApiReconciliation>(`/api/headcounts/reconciliation?${params}`, signal).then(toReconciliation);
};

export const reconciliationQueryOptions = (period: string, unitId: number | null) =>
  queryOptions({
    queryKey: queryKeys.headcounts.reconciliation(period, unitId),
    queryFn: ({ signal }) => getReconciliation(period, unitId, signal),
  });

export const useReconciliation = (period: string, unitId: number | null, enabled = true) =>
  useQuery({ ...reconciliationQueryOptions(period, unitId), enabled });
