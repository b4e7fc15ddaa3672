import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MyExam, MyExamAttempt } from '@/features/exams/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getMyExams = (signal?: AbortSignal) => api.get<MyExam[]>('/api/me/exams', signal);

export const myExamsQueryOptions = () =>
  // Read again on every visit: an attempt is submitted in the quiz's player, which does not know this cache.
  queryOptions({ queryKey: queryKeys.exams.mine(), queryFn: ({ signal }) => getMyExams(signal), refetchOnMount: 'always' });

export const useMyExams = () => useQuery(myExamsQueryOptions());

export const getMyExam = (examId: number, signal?: AbortSignal) => api.get<MyExam>(`/api/me/exams/${examId}`, signal);

export const useMyExam = (examId: number) =>
  useQuery({
    queryKey: queryKeys.exams.myExam(examId),
    queryFn: ({ signal }) => getMyExam(examId, signal),
    refetchOnMount: 'always',
  });

export const startExamAttempt = (examId: number) => api.post<MyExamAttempt>(`/api/me/exams/${examId}/attempts`);

export const useStartExamAttempt = (examId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startExamAttempt(examId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.exams.mine() }),
  });
};
