import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Course, CourseSummary } from '@/features/courses/api/types';

export const getCourses = (signal?: AbortSignal) => api.get<CourseSummary[]>('/api/courses', signal);

export const coursesQueryOptions = () =>
  queryOptions({ queryKey: ['courses'], queryFn: ({ signal }) => getCourses(signal) });

export const useCourses = () => useQuery(coursesQueryOptions());

export const getCourse = (courseId: number, signal?: AbortSignal) => api.get<Course>(`/api/courses/${courseId}`, signal);

export const courseQueryOptions = (courseId: number) =>
  queryOptions({ queryKey: ['courses', courseId], queryFn: ({ signal }) => getCourse(courseId, signal) });

export const useCourse = (courseId: number) => useQuery(courseQueryOptions(courseId));

/** The course version a learner's enrolment keeps. */
export const getEnrolmentCourse = (enrolmentId: number, signal?: AbortSignal) =>
  api.get<Course>(`/api/enrolments/${enrolmentId}/course`, signal);

export const useEnrolmentCourse = (enrolmentId: number) =>
  useQuery({
    queryKey: ['enrolments', enrolmentId, 'course'],
    queryFn: ({ signal }) => getEnrolmentCourse(enrolmentId, signal),
  });
