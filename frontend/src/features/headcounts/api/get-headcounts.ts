import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { toHeadcount, type ApiDeclaration } from '@/features/headcounts/api/from-api';
import type { Headcount, HeadcountStatus } from '@/features/headcounts/api/types';
import { queryKeys } from '@/lib/query-keys';

export type HeadcountFilter = { period: string; status: HeadcountStatus | '' };

export const getHeadcounts = (filter: HeadcountFilter, signal?: AbortSignal): Promise<Headcount[]> => {
  const params = new URLSearchParams({ period: filter.period });
  if (filter.status) params.set('status', filter.status);
  return api.get<ApiDeclaration[]>(`/api/headcounts?${params}`, signal).then((list) => list.map(toHeadcount));
};

export const headcountsQueryOptions = (filter: HeadcountFilter) =>
  queryOptions({ queryKey: queryKeys.headcounts.list(filter), queryFn: ({ signal }) => getHeadcounts(filter, signal) });

export const useHeadcounts = (filter: HeadcountFilter) =>
  useQuery({ ...headcountsQueryOptions(filter), enabled: /^\d{4}$/.test(filter.period) });
