import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Topic } from '@/features/open-learning/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getTopics = (signal?: AbortSignal) => api.get<Topic[]>('/api/open-learning/topics', signal);

export const topicsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.openLearning.topics(), queryFn: ({ signal }) => getTopics(signal) });

export const useTopics = (enabled = true) => useQuery({ ...topicsQueryOptions(), enabled });
