import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Progress } from '@/features/planning/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getProgress = (planId: number, indicatorId: number, unitId: number | null, signal?: AbortSignal) =>
  api.get<Progress>(
    `/api/plans/${planId}/indicators/${indicatorId}/progress${unitId ? `?unitId=${unitId}` : ''}`,
    signal,
  );

export const progressQueryOptions = (planId: number, indicatorId: number, unitId: number | null) =>
  queryOptions({
    queryKey: queryKeys.planning.progress(planId, indicatorId, unitId),
    queryFn: ({ signal }) => getProgress(planId, indicatorId, unitId, signal),
  });

export const useProgress = (planId: number, indicatorId: number | null, unitId: number | null) =>
  useQuery({ ...progressQueryOptions(planId, indicatorId ?? 0, unitId), enabled: indicatorId !== null });
