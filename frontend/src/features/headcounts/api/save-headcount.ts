import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Headcount, HeadcountInput } from '@/features/headcounts/api/types';
import { queryKeys } from '@/lib/query-keys';

type SaveHeadcount = { id: number | null; version?: number; input: HeadcountInput };

/**
 * Declares a new headcount (no id) or corrects a draft or returned one; a correction carries the
 * version the editor read, so that it cannot silently overwrite someone else's change.
 */
export const saveHeadcount = ({ id, version, input }: SaveHeadcount): Promise<Headcount> =>
  id === null
    ? api.post<Headcount>('/api/headcounts', input)
    : api.put<Headcount>(`/api/headcounts/${id}`, { version, counts: input.counts, note: input.note });

export const useSaveHeadcount = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveHeadcount,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.headcounts.all }),
  });
};
