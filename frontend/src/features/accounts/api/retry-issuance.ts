import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AccountIssuance } from '@/features/accounts/api/types';
import { queryKeys } from '@/lib/query-keys';

/** Issues again for a finished job's failed learners; asking twice answers the same retry job. */
export const retryIssuance = (id: number): Promise<AccountIssuance> =>
  api.post<AccountIssuance>(`/api/account-issuances/${id}/retry`, {});

export const useRetryIssuance = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => retryIssuance(id),
    onSuccess: (job) => {
      queryClient.setQueryData(queryKeys.accountIssuances.one(job.id), job);
      void queryClient.invalidateQueries({ queryKey: queryKeys.accountIssuances.recent() });
    },
  });
};
