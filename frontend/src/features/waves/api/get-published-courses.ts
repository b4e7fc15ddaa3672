import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type PublishedCourse = { id: number; code: string; title: string; publishedVersionId: number | null };

/** The courses a new wave may teach. */
export const getPublishedCourses = (signal?: AbortSignal) =>
  api.get<PublishedCourse[]>('/api/courses?status=PUBLISHED', signal);

export const usePublishedCourses = () =>
  useQuery({ queryKey: queryKeys.courses.published(), queryFn: ({ signal }) => getPublishedCourses(signal) });
