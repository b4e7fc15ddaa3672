import { api } from '@/lib/api-client';

/** Uploads a video or a PDF leaflet to the media library; answers its id. */
export const uploadMedia = (file: File) => api.upload<{ id: string }>('/api/media', file).then((media) => media.id);
