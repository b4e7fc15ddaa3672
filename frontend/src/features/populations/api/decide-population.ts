import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Population } from '@/features/populations/api/types';
import { queryKeys } from '@/lib/query-keys';

export type Decision = { id: number; action: 'approve' } | { id: number; action: 'return'; reason: string };

export const decidePopulation = (decision: Decision): Promise<Population> =>
  decision.action === 'return'
    ? api.post<Population>(`/api/populations/${decision.id}/return`, { reason: decision.reason })
    : api.post<Population>(`/api/populations/${decision.id}/approve`);

export const useDecidePopulation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decidePopulation,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.populations.all }),
  });
};
