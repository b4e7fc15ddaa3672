import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Topic } from '@/features/open-learning/api/types';

export const getTopics = (signal?: AbortSignal) => api.get<Topic[]>('/api/open-learning/topics', signal);

export const topicsQueryOptions = () =>
  queryOptions({ queryKey: ['open-learning', 'topics'], queryFn: ({ signal }) => getTopics(signal) });

export const useTopics = (enabled = true) => useQuery({ ...topicsQueryOptions(), enabled });
