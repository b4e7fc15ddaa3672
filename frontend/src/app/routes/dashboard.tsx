import { useParams } from 'react-router';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';
import { AccountActions } from '@/features/learners/components/account-actions';

export function ClassDashboardRoute() {
  const { classId } = useParams();
  // A class's trainer (or its unit admin) resets a learner's account here, after confirming.
  return (
    <DashboardPage
      kind="class"
      id={Number(classId)}
      rowActions={(learnerId) => <AccountActions learnerId={learnerId} permissions={{ canReset: true, canDisable: false }} />}
    />
  );
}

export function WaveDashboardRoute() {
  const { waveId } = useParams();
  return <DashboardPage kind="wave" id={Number(waveId)} />;
}
