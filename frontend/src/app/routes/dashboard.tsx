import { useParams } from 'react-router';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';

export function ClassDashboardRoute() {
  const { classId } = useParams();
  return <DashboardPage kind="class" id={Number(classId)} />;
}

export function WaveDashboardRoute() {
  const { waveId } = useParams();
  return <DashboardPage kind="wave" id={Number(waveId)} />;
}
