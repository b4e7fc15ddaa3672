import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type BankQuestion = components['schemas']['BankQuestionResponse'];

export type Bank = components['schemas']['BankResponse'];

export type QuizPolicy = components['schemas']['PolicyBody'];

/** `type`: a skipped question's Moodle type (cloze, essay…). */
export type ImportFinding = components['schemas']['Finding'];

export type ImportReport = components['schemas']['Report'];

export const bankQueryOptions = (courseId: number) =>
  queryOptions({
    queryKey: queryKeys.quiz.bank(courseId),
    queryFn: ({ signal }) => api.get<Bank>(`/api/courses/${courseId}/quiz/questions`, signal),
  });

export const useBank = (courseId: number) => useQuery(bankQueryOptions(courseId));

export const usePolicy = (courseId: number) =>
  useQuery({
    queryKey: queryKeys.quiz.policy(courseId),
    queryFn: ({ signal }) => api.get<QuizPolicy>(`/api/courses/${courseId}/quiz/policy`, signal),
  });

export const useSavePolicy = (courseId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: QuizPolicy) => api.put<QuizPolicy>(`/api/courses/${courseId}/quiz/policy`, policy),
    onSuccess: (policy) => queryClient.setQueryData(queryKeys.quiz.policy(courseId), policy),
  });
};

export const useImportQuestions = (courseId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, commit }: { file: File; commit: boolean }) =>
      api.upload<ImportReport>(`/api/courses/${courseId}/quiz/imports?commit=${commit}`, file),
    onSuccess: (_report, { commit }) => {
      if (commit) void queryClient.invalidateQueries({ queryKey: queryKeys.quiz.bank(courseId) });
    },
  });
};

export const downloadBank = (courseId: number, format: 'xlsx' | 'xml') =>
  api.download(`/api/courses/${courseId}/quiz/export.${format}`, `ngan-hang-cau-hoi-${courseId}.${format}`);

export const downloadQuestionTemplate = () =>
  api.download('/api/quiz/import-template.xlsx', 'mau-ngan-hang-cau-hoi.xlsx');

export type CourseOption = { id: number; code: string; title: string };

/** The courses an ADMIN may pick a bank for (the course module's list). */
export const useCourseOptions = () =>
  useQuery({
    queryKey: queryKeys.quiz.courses(),
    queryFn: ({ signal }) => api.get<CourseOption[]>('/api/courses', signal),
  });

export type QuestionInput = Omit<BankQuestion, 'questionId' | 'version' | 'multiple'>;

/** Edits one question: the server stores a new version; attempts keep the version they drew. */
export const useEditQuestion = (courseId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ questionId, question }: { questionId: number; question: QuestionInput }) =>
      api.put<BankQuestion>(`/api/quiz/questions/${questionId}`, question),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.quiz.bank(courseId) }),
  });
};
