import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type EnrolmentStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'OVERDUE' | 'WITHDRAWN';

export type MyEnrolment = {
  enrolmentId: number;
  waveId: number;
  waveName: string;
  courseId: number;
  status: EnrolmentStatus;
  accountIssuedAt: string | null;
  deadline: string | null;
  workingDaysLeft: number | null;
};

export const getMyEnrolments = (signal?: AbortSignal): Promise<MyEnrolment[]> =>
  api.get<MyEnrolment[]>('/api/me/enrolments', signal);

export const myEnrolmentsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.me.enrolments(), queryFn: ({ signal }) => getMyEnrolments(signal) });

export const useMyEnrolments = () => useQuery(myEnrolmentsQueryOptions());
