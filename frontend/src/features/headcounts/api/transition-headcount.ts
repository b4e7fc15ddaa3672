import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Headcount } from '@/features/headcounts/api/types';
import { queryKeys } from '@/lib/query-keys';

/** The workflow steps: the unit submits or reopens, the verifier approves or returns with a reason. */
export type Transition =
  | { id: number; action: 'submit' | 'approve' | 'revision' }
  | { id: number; action: 'return'; reason: string };

export const transitionHeadcount = (step: Transition): Promise<Headcount> =>
  step.action === 'return'
    ? api.post<Headcount>(`/api/headcounts/${step.id}/return`, { reason: step.reason })
    : api.post<Headcount>(`/api/headcounts/${step.id}/${step.action}`);

export const useTransitionHeadcount = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionHeadcount,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.headcounts.all }),
  });
};
