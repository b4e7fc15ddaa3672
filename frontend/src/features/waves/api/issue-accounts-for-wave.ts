import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { EnrolmentRow } from '@/features/waves/api/types';

type IssuanceStarted = { id: number };

/** The wave's learners still waiting for an account (no clock yet), not withdrawn. */
export const learnersWithoutAccount = (rows: EnrolmentRow[]) =>
  rows.filter((row) => row.accountIssuedAt === null && row.status !== 'WITHDRAWN').map((row) => row.learnerId);

/** Issues accounts for these learners of a wave; the accounts page follows the job. */
export const issueAccountsForWave = (learnerIds: number[]): Promise<IssuanceStarted> =>
  api.post<IssuanceStarted>('/api/account-issuances', { learnerIds });

export const useIssueAccountsForWave = () => useMutation({ mutationFn: issueAccountsForWave });
