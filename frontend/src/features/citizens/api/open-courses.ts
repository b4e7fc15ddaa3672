import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type OpenCourse = components['schemas']['OpenCourseView'];

export type CommuneOption = components['schemas']['CommuneOption'];

export type SelfEnrolment = components['schemas']['SelfEnrolment'];

export const openCourseQueryOptions = (courseId: number) =>
  queryOptions({
    queryKey: queryKeys.openCourses.one(courseId),
    queryFn: ({ signal }) => api.get<OpenCourse>(`/api/public/open-courses/${courseId}`, signal),
  });

export const useOpenCourse = (courseId: number) => useQuery(openCourseQueryOptions(courseId));

export const useCommunes = () =>
  useQuery({
    queryKey: queryKeys.communes(),
    queryFn: ({ signal }) => api.get<CommuneOption[]>('/api/public/communes', signal),
    staleTime: 10 * 60_000,
  });

export const enrolMe = (courseId: number) =>
  api.post<SelfEnrolment>(`/api/me/open-courses/${courseId}/enrolment`);

export const useEnrolMe = () => useMutation({ mutationFn: enrolMe });
