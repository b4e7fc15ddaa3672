import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Dashboard } from '@/features/dashboard/api/types';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type DashboardKind = 'class' | 'wave';

const base = (kind: DashboardKind, id: number) => `/api/${kind === 'class' ? 'classes' : 'waves'}/${id}/dashboard`;

export const getDashboard = (kind: DashboardKind, id: number, signal?: AbortSignal) =>
  api.get<Dashboard>(base(kind, id), signal);

export const useDashboard = (kind: DashboardKind, id: number) =>
  useQuery({ queryKey: queryKeys.dashboard(kind, id), queryFn: ({ signal }) => getDashboard(kind, id, signal) });

/** Every certificate issued to the class's learners, as one ZIP (the certificate module's endpoint). */
export const downloadClassCertificates = (classId: number) =>
  api.download(`/api/classes/${classId}/certificates.zip`, `chung-nhan-lop-${classId}.zip`);

export const downloadDashboard = (kind: DashboardKind, id: number) =>
  api.download(`${base(kind, id)}.xlsx`, `tien-do-${kind === 'class' ? 'lop' : 'dot'}-${id}.xlsx`);

export type ReminderOutcome = components['schemas']['ReminderOutcome'];

export const remindLearners = (classId: number, enrolmentIds: number[]) =>
  api.post<ReminderOutcome>(`/api/classes/${classId}/reminders`, { enrolmentIds });
