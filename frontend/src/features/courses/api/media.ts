import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { UploadedMedia } from '@/features/courses/api/types';

export const uploadMedia = (file: File, onProgress: (percent: number) => void) =>
  api.uploadWithProgress<UploadedMedia>('/api/media', file, onProgress);

type MediaLink = { url: string; expiresAt: string };

/** A signed URL for <video>/<iframe>/downloads, which cannot send the bearer token. */
export const getMediaLink = (mediaId: string, signal?: AbortSignal) =>
  api.get<MediaLink>(`/api/media/${mediaId}/link`, signal);

export const useMediaLink = (mediaId: string | null) =>
  useQuery({
    queryKey: ['media-link', mediaId],
    queryFn: ({ signal }) => getMediaLink(mediaId!, signal),
    enabled: mediaId !== null,
    // Links live hours; fetch a fresh one well before that.
    staleTime: 60 * 60 * 1000,
    gcTime: 60 * 60 * 1000,
  });
