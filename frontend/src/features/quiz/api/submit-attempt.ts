import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QuizAttempt } from '@/features/quiz/api/types';
import { queryKeys } from '@/lib/query-keys';

export const submitAttempt = (attemptId: number) => api.post<QuizAttempt>(`/api/quiz-attempts/${attemptId}/submit`);

export const useSubmitAttempt = (attemptId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitAttempt(attemptId),
    onSuccess: (attempt) => {
      queryClient.setQueryData(queryKeys.quiz.attempt(attemptId), attempt);
      void queryClient.invalidateQueries({ queryKey: queryKeys.quiz.overviews });
      void queryClient.invalidateQueries({ queryKey: queryKeys.me.enrolments() });
    },
  });
};
