import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CommitMode, CommitResult } from '@/features/learner-imports/api/types';
import { queryKeys } from '@/lib/query-keys';

export const commitImport = (id: number, mode: CommitMode): Promise<CommitResult> =>
  api.post<CommitResult>(`/api/learner-imports/${id}/commit`, { mode });

export const useCommitImport = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mode: CommitMode) => commitImport(id, mode),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.learnerImports.one(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.learners.all });
    },
  });
};
