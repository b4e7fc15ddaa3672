import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AccountIssuance, IssuanceSelection } from '@/features/accounts/api/types';
import { queryKeys } from '@/lib/query-keys';

export const startIssuance = (selection: IssuanceSelection): Promise<AccountIssuance> =>
  api.post<AccountIssuance>('/api/account-issuances', selection);

export const useStartIssuance = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startIssuance,
    onSuccess: (job) => {
      queryClient.setQueryData(queryKeys.accountIssuances.one(job.id), job);
      void queryClient.invalidateQueries({ queryKey: queryKeys.accountIssuances.recent() });
    },
  });
};
