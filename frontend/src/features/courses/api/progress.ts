import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { EnrolmentProgress, LectureProgress } from '@/features/courses/api/types';
import type { Segment } from '@/features/courses/utils/watch-segments';
import { queryKeys } from '@/lib/query-keys';

/**
 * The learner's progress, or null when it cannot be read (e.g. the progress service is not
 * available): the player then works without ticks and resumes from the start.
 */
export const getProgress = async (enrolmentId: number, signal?: AbortSignal): Promise<EnrolmentProgress | null> => {
  try {
    return await api.get<EnrolmentProgress>(`/api/enrolments/${enrolmentId}/progress`, signal);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return null;
  }
};

export const useProgress = (enrolmentId: number | null) =>
  useQuery({
    queryKey: queryKeys.enrolments.progress(enrolmentId ?? 0),
    queryFn: ({ signal }) => getProgress(enrolmentId!, signal),
    enabled: enrolmentId !== null,
    retry: false,
  });

export type Heartbeat = { sessionId: string; segments: Segment[]; positionSecond: number; playbackRate: number };

/** One heartbeat; survives the page closing; undefined when it was not accepted. */
export const sendHeartbeat = (enrolmentId: number, lectureId: number, heartbeat: Heartbeat) =>
  api.postKeepalive<LectureProgress>(`/api/enrolments/${enrolmentId}/lectures/${lectureId}/heartbeats`, heartbeat);
