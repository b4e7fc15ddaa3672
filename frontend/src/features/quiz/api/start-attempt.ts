import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QuizAttempt } from '@/features/quiz/api/types';
import { queryKeys } from '@/lib/query-keys';

export const startAttempt = (enrolmentId: number) =>
  api.post<QuizAttempt>(`/api/enrolments/${enrolmentId}/quiz-attempts`);

export const useStartAttempt = (enrolmentId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startAttempt(enrolmentId),
    onSuccess: (attempt) => {
      queryClient.setQueryData(queryKeys.quiz.attempt(attempt.attemptId), attempt);
      void queryClient.invalidateQueries({ queryKey: queryKeys.quiz.overview(enrolmentId) });
    },
  });
};
