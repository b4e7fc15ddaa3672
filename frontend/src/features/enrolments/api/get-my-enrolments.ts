import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

/** A learner's enrolment: generated from the server's OpenAPI document (`npm run api:types`). */
export type MyEnrolment = components['schemas']['MyEnrolment'];
export type EnrolmentStatus = MyEnrolment['status'];

export const getMyEnrolments = (signal?: AbortSignal): Promise<MyEnrolment[]> =>
  api.get<MyEnrolment[]>('/api/me/enrolments', signal);

export const myEnrolmentsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.me.enrolments(), queryFn: ({ signal }) => getMyEnrolments(signal) });

export const useMyEnrolments = () => useQuery(myEnrolmentsQueryOptions());
