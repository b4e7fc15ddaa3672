import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CommunePopulation } from '@/features/populations/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getPopulations = (period: string, signal?: AbortSignal): Promise<CommunePopulation[]> =>
  api.get<CommunePopulation[]>(`/api/populations?${new URLSearchParams({ period })}`, signal);

export const populationsQueryOptions = (period: string) =>
  queryOptions({ queryKey: queryKeys.populations.of(period), queryFn: ({ signal }) => getPopulations(period, signal) });

export const usePopulations = (period: string) =>
  useQuery({ ...populationsQueryOptions(period), enabled: /^\d{4}$/.test(period) });
