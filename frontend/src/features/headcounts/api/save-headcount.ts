import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Headcount, HeadcountInput } from '@/features/headcounts/api/types';

/** Declares a new headcount (no id) or corrects a draft or returned one. */
export const saveHeadcount = ({ id, input }: { id: number | null; input: HeadcountInput }): Promise<Headcount> =>
  id === null ? api.post<Headcount>('/api/headcounts', input) : api.put<Headcount>(`/api/headcounts/${id}`, input);

export const useSaveHeadcount = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveHeadcount,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['headcounts'] }),
  });
};
