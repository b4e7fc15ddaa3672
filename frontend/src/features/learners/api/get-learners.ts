import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Learner, LearnerCategory, Page } from '@/features/learners/api/types';
import { queryKeys } from '@/lib/query-keys';

export type LearnerFilter = { q: string; category: LearnerCategory | ''; unitId?: number | null; page: number };

export const PAGE_SIZE = 50;

export const getLearners = (filter: LearnerFilter, signal?: AbortSignal): Promise<Page<Learner>> => {
  const params = new URLSearchParams({ page: String(filter.page), size: String(PAGE_SIZE) });
  if (filter.q.trim()) params.set('q', filter.q.trim());
  if (filter.category) params.set('category', filter.category);
  if (filter.unitId) params.set('unitId', String(filter.unitId));
  return api.get<Page<Learner>>(`/api/learners?${params}`, signal);
};

export const learnersQueryOptions = (filter: LearnerFilter) =>
  queryOptions({
    queryKey: queryKeys.learners.search(filter),
    queryFn: ({ signal }) => getLearners(filter, signal),
    // Keep the old page on screen while the next one loads, so the list does not jump.
    placeholderData: keepPreviousData,
  });

export const useLearners = (filter: LearnerFilter) => useQuery(learnersQueryOptions(filter));
