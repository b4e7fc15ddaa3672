import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Topic } from '@/features/open-learning/api/types';
import { queryKeys } from '@/lib/query-keys';

export const createTopic = (input: { title: string; summary: string; position: number }) =>
  api.post<Topic>('/api/open-learning/topics', input);

export const useCreateTopic = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTopic,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.openLearning.all }),
  });
};
