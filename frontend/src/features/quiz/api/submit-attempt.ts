import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QuizAttempt } from '@/features/quiz/api/types';

export const submitAttempt = (attemptId: number) => api.post<QuizAttempt>(`/api/quiz-attempts/${attemptId}/submit`);

export const useSubmitAttempt = (attemptId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitAttempt(attemptId),
    onSuccess: (attempt) => {
      queryClient.setQueryData(['quiz', 'attempt', attemptId], attempt);
      void queryClient.invalidateQueries({ queryKey: ['quiz', 'overview'] });
      void queryClient.invalidateQueries({ queryKey: ['me', 'enrolments'] });
    },
  });
};
