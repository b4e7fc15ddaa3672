import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { BankCourse, Exam, ExamInput, ExamResults, UnitNode } from '@/features/exams/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getExams = (signal?: AbortSignal) => api.get<Exam[]>('/api/exams', signal);

export const examsQueryOptions = () => queryOptions({ queryKey: queryKeys.exams.all, queryFn: ({ signal }) => getExams(signal) });

export const useExams = () => useQuery(examsQueryOptions());

export const createExam = (input: ExamInput) => api.post<Exam>('/api/exams', input);

export const useCreateExam = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExam,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.exams.all }),
  });
};

export const getExamResults = (examId: number, signal?: AbortSignal) =>
  api.get<ExamResults>(`/api/exams/${examId}/results`, signal);

export const useExamResults = (examId: number) =>
  useQuery({ queryKey: queryKeys.exams.results(examId), queryFn: ({ signal }) => getExamResults(examId, signal) });

/** The courses whose question banks an exam can draw from. */
export const useBankCourses = () =>
  useQuery({ queryKey: queryKeys.exams.bankCourses(), queryFn: ({ signal }) => api.get<BankCourse[]>('/api/courses', signal) });

/** The units of the caller's subtree, for the exam's population. */
export const useExamUnits = () =>
  useQuery({ queryKey: queryKeys.exams.units(), queryFn: ({ signal }) => api.get<UnitNode[]>('/api/org-units/tree', signal) });
