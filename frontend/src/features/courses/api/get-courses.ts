import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Course, CourseSummary } from '@/features/courses/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getCourses = (signal?: AbortSignal) => api.get<CourseSummary[]>('/api/courses', signal);

export const coursesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.courses.all, queryFn: ({ signal }) => getCourses(signal) });

export const useCourses = () => useQuery(coursesQueryOptions());

export const getCourse = (courseId: number, signal?: AbortSignal) => api.get<Course>(`/api/courses/${courseId}`, signal);

export const courseQueryOptions = (courseId: number) =>
  queryOptions({ queryKey: queryKeys.courses.one(courseId), queryFn: ({ signal }) => getCourse(courseId, signal) });

export const useCourse = (courseId: number) => useQuery(courseQueryOptions(courseId));

/** The course version a learner's enrolment keeps. */
export const getEnrolmentCourse = (enrolmentId: number, signal?: AbortSignal) =>
  api.get<Course>(`/api/enrolments/${enrolmentId}/course`, signal);

export const useEnrolmentCourse = (enrolmentId: number) =>
  useQuery({
    queryKey: queryKeys.enrolments.course(enrolmentId),
    queryFn: ({ signal }) => getEnrolmentCourse(enrolmentId, signal),
  });
