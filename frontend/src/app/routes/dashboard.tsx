import { useParams } from 'react-router';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';
import { useAccountStates } from '@/features/learners/api/learner-account';
import { AccountActions } from '@/features/learners/components/account-actions';
import { useMe } from '@/features/me/api/get-me';

/** One row's account: every row asks for the same list of ids, so React Query sends one request. */
function ClassRowAccount({ learnerId, fullName, allLearnerIds }: { learnerId: number; fullName: string; allLearnerIds: number[] }) {
  const states = useAccountStates(allLearnerIds, true);
  const account = states.data ? (states.data.find((a) => a.learnerId === learnerId) ?? null) : undefined;
  return <AccountActions learnerId={learnerId} learnerName={fullName} account={account} permissions={{ canReset: true, canDisable: false }} />;
}

export function ClassDashboardRoute() {
  const { classId } = useParams();
  const roles = useMe().data?.roles ?? [];
  // A class's trainer (or its unit admin) resets a learner's account here, after confirming.
  return (
    <DashboardPage
      kind="class"
      id={Number(classId)}
      canDownloadCertificates={roles.includes('ADMIN') || roles.includes('UNIT_ADMIN')}
      rowActions={(row, allLearnerIds) => (
        <ClassRowAccount learnerId={row.learnerId} fullName={row.fullName} allLearnerIds={allLearnerIds} />
      )}
    />
  );
}

export function WaveDashboardRoute() {
  const { waveId } = useParams();
  return <DashboardPage kind="wave" id={Number(waveId)} />;
}
