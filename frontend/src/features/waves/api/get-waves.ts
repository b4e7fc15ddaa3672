import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Wave } from '@/features/waves/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getWaves = (signal?: AbortSignal) => api.get<Wave[]>('/api/waves', signal);

export const wavesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.waves.all, queryFn: ({ signal }) => getWaves(signal) });

export const useWaves = () => useQuery(wavesQueryOptions());
