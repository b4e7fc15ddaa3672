import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ConfirmationSection } from '@/features/planning/api/types';
import { queryKeys } from '@/lib/query-keys';

export const downloadReport = (
  planId: number,
  period: string,
  format: 'xlsx' | 'pdf',
  indicatorId: number | null,
  unitId: number | null,
) => {
  const params = new URLSearchParams({ format });
  if (indicatorId) params.set('indicatorId', String(indicatorId));
  if (unitId) params.set('unitId', String(unitId));
  return api.download(`/api/plans/${planId}/reports/${period}/file?${params}`, `bao-cao-${period}.${format}`);
};

export const getConfirmations = (planId: number, period: string, signal?: AbortSignal) =>
  api.get<ConfirmationSection[]>(`/api/plans/${planId}/reports/${period}/confirmations`, signal);

export const useConfirmations = (planId: number, period: string) =>
  useQuery({
    queryKey: queryKeys.planning.confirmations(planId, period),
    queryFn: ({ signal }) => getConfirmations(planId, period, signal),
    enabled: /^\d{4}(-\d{2})?$/.test(period),
  });

export const useConfirmSection = (planId: number, period: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (unitId: number) =>
      api.post<void>(`/api/plans/${planId}/reports/${period}/confirmations?unitId=${unitId}`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.planning.confirmations(planId, period) }),
  });
};
