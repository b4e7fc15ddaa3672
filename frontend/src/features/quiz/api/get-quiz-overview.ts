import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QuizOverview } from '@/features/quiz/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getQuizOverview = (enrolmentId: number, signal?: AbortSignal) =>
  api.get<QuizOverview>(`/api/enrolments/${enrolmentId}/quiz`, signal);

export const quizOverviewQueryOptions = (enrolmentId: number) =>
  queryOptions({
    queryKey: queryKeys.quiz.overview(enrolmentId),
    queryFn: ({ signal }) => getQuizOverview(enrolmentId, signal),
  });

export const useQuizOverview = (enrolmentId: number) => useQuery(quizOverviewQueryOptions(enrolmentId));
