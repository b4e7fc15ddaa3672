import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { UploadedMedia } from '@/features/courses/api/types';
import { queryKeys } from '@/lib/query-keys';

export const uploadMedia = (file: File, onProgress: (percent: number) => void) =>
  api.uploadWithProgress<UploadedMedia>('/api/media', file, onProgress);

type MediaLink = { url: string; expiresAt: string };

/** A signed URL for <video>/<iframe>/downloads, which cannot send the bearer token. */
export const getMediaLink = (mediaId: string, signal?: AbortSignal) =>
  api.get<MediaLink>(`/api/media/${mediaId}/link`, signal);

export const useMediaLink = (mediaId: string | null) =>
  useQuery({
    queryKey: queryKeys.mediaLink(mediaId),
    queryFn: ({ signal }) => getMediaLink(mediaId!, signal),
    enabled: mediaId !== null,
    // Links live 4 hours. A link in use is never replaced (a new src would restart the video); one
    // that is older than 2 hours is fetched again the next time a lecture is opened.
    staleTime: 2 * 60 * 60 * 1000,
    gcTime: 2 * 60 * 60 * 1000,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
