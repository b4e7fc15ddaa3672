import { describe, expect, it } from 'vitest';
import { learnersWithoutAccount } from '@/features/waves/api/issue-accounts-for-wave';
import type { EnrolmentRow } from '@/features/waves/api/types';

const row = (learnerId: number, accountIssuedAt: string | null, status: EnrolmentRow['status']): EnrolmentRow => ({
  enrolmentId: learnerId,
  learnerId,
  fullName: `Học viên ${learnerId}`,
  unitCode: 'NA-DIENCHAU-DIENKY',
  classId: null,
  status,
  accountIssuedAt,
  clockStartedAt: accountIssuedAt,
  deadline: null,
  workingDaysLeft: null,
});

describe('learnersWithoutAccount', () => {
  it('picks the enrolled learners who have no account yet, leaving out the withdrawn', () => {
    expect(
      learnersWithoutAccount([
        row(1, null, 'NOT_STARTED'),
        row(2, '2026-11-20T02:00:00Z', 'IN_PROGRESS'),
        row(3, null, 'WITHDRAWN'),
        row(4, null, 'NOT_STARTED'),
      ]),
    ).toEqual([1, 4]);
  });
});
