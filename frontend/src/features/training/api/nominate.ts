import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Nomination } from '@/features/training/api/types';
import { queryKeys } from '@/lib/query-keys';

export type LearnerHit = { id: number; fullName: string; unitName?: string; unitCode?: string };

export const searchLearners = (q: string) =>
  api.get<{ content: LearnerHit[] }>(`/api/learners?q=${encodeURIComponent(q)}&size=10`);

export const useNominate = (programmeId: number) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (learnerId: number) =>
      api.post<Nomination>(`/api/training/programmes/${programmeId}/nominations`, { learnerId }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.training.programme(programmeId) }),
  });
};
