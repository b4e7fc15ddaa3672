import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type OpenCourse = { courseId: number; code: string; title: string; lectures: number; minutes: number };

export type CommuneOption = { id: number; code: string; name: string; parentName: string | null };

export type SelfEnrolment = { enrolmentId: number; courseId: number; created: boolean };

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
