import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MediaLink, UploadedMedia } from '@/features/courses/api/types';
import { queryKeys } from '@/lib/query-keys';

export const uploadMedia = (file: File, onProgress: (percent: number) => void) =>
  api.uploadWithProgress<UploadedMedia>('/api/media', file, onProgress);

/** A signed URL for <video>/<iframe>/downloads, which cannot send the bearer token. */
export const getMediaLink = (mediaId: string, signal?: AbortSignal) =>
  api.get<MediaLink>(`/api/media/${mediaId}/link`, signal);

const LINK_STALE_MS = 2 * 60 * 60 * 1000;

/**
 * The signed link of a media file. `known` is a link the page already has (the learner's course
 * carries its lectures' links): used as it is while it is fresh, so the video needs no request first.
 */
export const useMediaLink = (mediaId: string | null, known?: MediaLink | null) => {
  // Used only while it has more than 2 hours to live (as a fetched one is): a link shown and then
  // replaced would restart the video.
  const usable = known && Date.parse(known.expiresAt) - Date.now() > LINK_STALE_MS ? known : undefined;
  return useQuery({
    queryKey: queryKeys.mediaLink(mediaId),
    queryFn: ({ signal }) => getMediaLink(mediaId!, signal),
    enabled: mediaId !== null,
    initialData: usable,
    initialDataUpdatedAt: usable ? Date.parse(usable.expiresAt) - 2 * LINK_STALE_MS : undefined,
    // Links live 4 hours. A link in use is never replaced (a new src would restart the video); one
    // that is older than 2 hours is fetched again the next time a lecture is opened.
    staleTime: LINK_STALE_MS,
    gcTime: LINK_STALE_MS,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
};
