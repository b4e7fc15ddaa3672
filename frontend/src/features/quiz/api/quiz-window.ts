import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

/** A wave's opening window for the final quiz; none (204) means learners start whenever they are ready. */
export type QuizWindow = components['schemas']['WindowBody'];

export const useQuizWindow = (waveId: number) =>
  useQuery({
    queryKey: queryKeys.quiz.window(waveId),
    queryFn: async ({ signal }) => (await api.get<QuizWindow | undefined>(`/api/waves/${waveId}/quiz-window`, signal)) ?? null,
  });

export const useSetQuizWindow = (waveId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (window: QuizWindow) => api.put<QuizWindow>(`/api/waves/${waveId}/quiz-window`, window),
    onSuccess: (window) => queryClient.setQueryData(queryKeys.quiz.window(waveId), window),
  });
};

export const useRemoveQuizWindow = (waveId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>(`/api/waves/${waveId}/quiz-window`),
    onSuccess: () => queryClient.setQueryData(queryKeys.quiz.window(waveId), null),
  });
};
