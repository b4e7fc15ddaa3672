import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Reach } from '@/features/open-learning/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getReach = (unitId: number, signal?: AbortSignal) => api.get<Reach>(`/api/units/${unitId}/qr-reach`, signal);

export const reachQueryOptions = (unitId: number) =>
  queryOptions({ queryKey: queryKeys.openLearning.reach(unitId), queryFn: ({ signal }) => getReach(unitId, signal) });

export const useReach = (unitId: number | null) =>
  useQuery({ ...reachQueryOptions(unitId ?? 0), enabled: unitId !== null });
