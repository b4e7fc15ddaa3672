import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { isRunning, type AccountIssuance } from '@/features/accounts/api/types';
import { queryKeys } from '@/lib/query-keys';

export const POLL_INTERVAL_MS = 1000;

export const getIssuance = (id: number, signal?: AbortSignal): Promise<AccountIssuance> =>
  api.get<AccountIssuance>(`/api/account-issuances/${id}`, signal);

export const issuanceQueryOptions = (id: number) =>
  queryOptions({
    queryKey: queryKeys.accountIssuances.one(id),
    queryFn: ({ signal }) => getIssuance(id, signal),
    staleTime: 0,
    // Ask again every second while the job runs; stop as soon as it is done or failed.
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? POLL_INTERVAL_MS : false),
  });

export const useIssuance = (id: number) => useQuery(issuanceQueryOptions(id));
