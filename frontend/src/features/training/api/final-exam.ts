import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type FinalExamRule = components['schemas']['FinalExamView'];

export const getFinalExam = (programmeId: number, signal?: AbortSignal) =>
  api.get<FinalExamRule>(`/api/training/programmes/${programmeId}/final-exam`, signal);

export const useFinalExam = (programmeId: number) =>
  useQuery({
    queryKey: queryKeys.training.finalExam(programmeId),
    queryFn: ({ signal }) => getFinalExam(programmeId, signal),
  });

/** Names the programme's end-of-class exam (null removes it); seated participants are admitted to it. ADMIN. */
export const setFinalExam = (programmeId: number, examId: number | null) =>
  api.put<FinalExamRule>(`/api/training/programmes/${programmeId}/final-exam`, { examId });

export const useSetFinalExam = (programmeId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (examId: number | null) => setFinalExam(programmeId, examId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.training.programme(programmeId) }),
  });
};
