import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Course } from '@/features/courses/api/types';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type CourseInput = components['schemas']['CourseRequest'];

export type LectureInput = components['schemas']['LectureRequest'];

export const createCourse = (input: CourseInput) => api.post<Course>('/api/courses', input);
export const describeCourse = (id: number, input: CourseInput) => api.put<Course>(`/api/courses/${id}`, input);
export const setPolicy = (id: number, completionPercent: number, expectedMinutesPerDay: number) =>
  api.put<Course>(`/api/courses/${id}/policy`, { completionPercent, expectedMinutesPerDay });
export const publishCourse = (id: number) => api.post<Course>(`/api/courses/${id}/publish`);
export const archiveCourse = (id: number) => api.post<Course>(`/api/courses/${id}/archive`);
export const addLecture = (id: number, input: LectureInput) => api.post<Course>(`/api/courses/${id}/lectures`, input);
export const editLecture = (id: number, lectureId: number, input: LectureInput) =>
  api.put<Course>(`/api/courses/${id}/lectures/${lectureId}`, input);
export const moveLecture = (id: number, lectureId: number, position: number) =>
  api.post<Course>(`/api/courses/${id}/lectures/${lectureId}/move`, { position });
export const removeLecture = (id: number, lectureId: number) =>
  api.delete<Course>(`/api/courses/${id}/lectures/${lectureId}`);

/** Every change answers the course as it now is: put it in the cache and refresh the list. */
export function useCourseChange<TInput>(change: (input: TInput) => Promise<Course>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (course) => {
      queryClient.setQueryData(queryKeys.courses.one(course.id), course);
      void queryClient.invalidateQueries({ queryKey: queryKeys.courses.all, exact: true });
    },
  });
}
