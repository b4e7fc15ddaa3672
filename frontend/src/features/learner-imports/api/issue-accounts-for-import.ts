import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

type IssuanceStarted = { id: number };

/** Starts account issuance for the learners an import stored; the accounts page follows the job. */
export const issueAccountsForImport = (learnerIds: number[]): Promise<IssuanceStarted> =>
  api.post<IssuanceStarted>('/api/account-issuances', { learnerIds });

export const useIssueAccountsForImport = () => useMutation({ mutationFn: issueAccountsForImport });
