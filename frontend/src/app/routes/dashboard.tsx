import { useParams } from 'react-router';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';
import { AccountActions } from '@/features/learners/components/account-actions';
import { useMe } from '@/features/me/api/get-me';

export function ClassDashboardRoute() {
  const { classId } = useParams();
  const roles = useMe().data?.roles ?? [];
  // A class's trainer (or its unit admin) resets a learner's account here, after confirming.
  return (
    <DashboardPage
      kind="class"
      id={Number(classId)}
      canDownloadCertificates={roles.includes('ADMIN') || roles.includes('UNIT_ADMIN')}
      rowActions={(learnerId) => <AccountActions learnerId={learnerId} permissions={{ canReset: true, canDisable: false }} />}
    />
  );
}

export function WaveDashboardRoute() {
  const { waveId } = useParams();
  return <DashboardPage kind="wave" id={Number(waveId)} />;
}
