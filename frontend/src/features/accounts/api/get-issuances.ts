import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AccountIssuance } from '@/features/accounts/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getIssuances = (signal?: AbortSignal): Promise<AccountIssuance[]> =>
  api.get<AccountIssuance[]>('/api/account-issuances', signal);

export const issuancesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.accountIssuances.recent(), queryFn: ({ signal }) => getIssuances(signal) });

export const useIssuances = () => useQuery(issuancesQueryOptions());
