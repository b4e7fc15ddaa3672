import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

type IssuanceStarted = { id: number };

/** Starts account issuance for the learners of one import; the accounts page follows the job. */
export const issueAccountsForImport = (importId: number): Promise<IssuanceStarted> =>
  api.post<IssuanceStarted>('/api/account-issuances', { importId });

export const useIssueAccountsForImport = () => useMutation({ mutationFn: issueAccountsForImport });
