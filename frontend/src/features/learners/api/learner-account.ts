import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

/** A new activation code, shown once: the learner sets their own password with it. */
export type ResetResult = components['schemas']['ResetView'];

export type AccountStatus = 'ISSUED' | 'ACTIVATED' | 'EXPIRED' | 'DISABLED';

export type AccountState = { learnerId: number; username: string; status: AccountStatus; codeExpiresAt: string | null };

export const resetAccount = (learnerId: number) => api.post<ResetResult>(`/api/learner-accounts/${learnerId}/reset`, {});

export const setAccountEnabled = ({ learnerId, enabled }: { learnerId: number; enabled: boolean }) =>
  api.post<AccountState>(`/api/learner-accounts/${learnerId}/${enabled ? 'enable' : 'disable'}`, {});

/** The account states of a page of learners (those without an account are absent). */
export const getAccountStates = (learnerIds: number[], signal?: AbortSignal) =>
  api.get<AccountState[]>(`/api/learner-accounts?learnerIds=${learnerIds.join(',')}`, signal);

export const useAccountStates = (learnerIds: number[], enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.learnerAccounts.of(learnerIds),
    queryFn: ({ signal }) => getAccountStates(learnerIds, signal),
    enabled: enabled && learnerIds.length > 0,
  });

export const useResetAccount = () => {
  const client = useQueryClient();
  return useMutation({ mutationFn: resetAccount, onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.learnerAccounts.all }) });
};

export const useSetAccountEnabled = () => {
  const client = useQueryClient();
  return useMutation({ mutationFn: setAccountEnabled, onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.learnerAccounts.all }) });
};
