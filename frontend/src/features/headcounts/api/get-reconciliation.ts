import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Reconciliation } from '@/features/headcounts/api/types';

export const getReconciliation = (period: string, unitId: number | null, signal?: AbortSignal) => {
  const params = new URLSearchParams({ period });
  if (unitId !== null) params.set('unitId', String(unitId));
  return api.get<Reconciliation>(`/api/headcounts/reconciliation?${params}`, signal);
};

export const reconciliationQueryOptions = (period: string, unitId: number | null) =>
  queryOptions({
    queryKey: ['headcounts', 'reconciliation', period, unitId],
    queryFn: ({ signal }) => getReconciliation(period, unitId, signal),
  });

export const useReconciliation = (period: string, unitId: number | null) =>
  useQuery(reconciliationQueryOptions(period, unitId));
