import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useDashboard, type DashboardKind } from '@/features/dashboard/api/get-dashboard';
import { PACES, type Pace } from '@/features/dashboard/api/types';
import { DashboardView } from '@/features/dashboard/components/dashboard-view';

export function DashboardPage({
  kind,
  id,
  rowActions,
  canDownloadCertificates,
}: {
  kind: DashboardKind;
  id: number;
  rowActions?: (row: { learnerId: number; fullName: string }, allLearnerIds: number[]) => ReactNode;
  canDownloadCertificates?: boolean;
}) {
  const dashboard = useDashboard(kind, id);
  // A staff home's link opens the dashboard already filtered (?pace=BEHIND).
  const [searchParams] = useSearchParams();
  const linked = searchParams.get('pace') as Pace | null;
  const initialPace = linked && PACES.includes(linked) ? linked : 'ALL';
  if (dashboard.isPending) return <Spinner />;
  if (dashboard.error) return <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  return (
    <DashboardView
      dashboard={dashboard.data}
      initialPace={initialPace}
      rowActions={rowActions}
      canDownloadCertificates={canDownloadCertificates}
    />
  );
}
