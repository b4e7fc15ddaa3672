import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Headcount } from '@/features/headcounts/api/types';
import { queryKeys } from '@/lib/query-keys';

/** Attaches the signed PDF that backs the declared numbers. */
export const uploadDocument = ({ id, file }: { id: number; file: File }): Promise<Headcount> =>
  api.upload<Headcount>(`/api/headcounts/${id}/document`, file, 'PUT');

export const useUploadDocument = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadDocument,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.headcounts.all }),
  });
};
