import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { api } from '@/lib/api-client';

/** What the learner's home card needs of an enrolment's progress (GET /api/enrolments/{id}/progress). */
export type EnrolmentToday = {
  lecturesCompleted: number;
  lecturesTotal: number;
  minutesToday: number;
  lectures: { lectureId: number; completed: boolean }[];
};

export const getEnrolmentToday = (enrolmentId: number, signal?: AbortSignal) =>
  api.get<EnrolmentToday>(`/api/enrolments/${enrolmentId}/progress`, signal);

// The player's query key: the card and the player share one cached answer.
export const useEnrolmentToday = (enrolmentId: number) =>
  useQuery({
    queryKey: queryKeys.enrolments.progress(enrolmentId),
    queryFn: ({ signal }) => getEnrolmentToday(enrolmentId, signal),
    retry: false,
  });
