import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useDashboard, type DashboardKind } from '@/features/dashboard/api/get-dashboard';
import { DashboardView } from '@/features/dashboard/components/dashboard-view';

export function DashboardPage({
  kind,
  id,
  rowActions,
  canDownloadCertificates,
}: {
  kind: DashboardKind;
  id: number;
  rowActions?: (learnerId: number) => ReactNode;
  canDownloadCertificates?: boolean;
}) {
  const dashboard = useDashboard(kind, id);
  if (dashboard.isPending) return <Spinner />;
  if (dashboard.error) return <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  return <DashboardView dashboard={dashboard.data} rowActions={rowActions} canDownloadCertificates={canDownloadCertificates} />;
}
