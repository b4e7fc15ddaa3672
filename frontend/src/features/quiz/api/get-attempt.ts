import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QuizAttempt } from '@/features/quiz/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getAttempt = (attemptId: number, signal?: AbortSignal) =>
  api.get<QuizAttempt>(`/api/quiz-attempts/${attemptId}`, signal);

export const attemptQueryOptions = (attemptId: number) =>
  queryOptions({
    queryKey: queryKeys.quiz.attempt(attemptId),
    queryFn: ({ signal }) => getAttempt(attemptId, signal),
    // The page keeps its own answers and clock once loaded; refetching mid-quiz would fight them.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const useAttempt = (attemptId: number) => useQuery(attemptQueryOptions(attemptId));
