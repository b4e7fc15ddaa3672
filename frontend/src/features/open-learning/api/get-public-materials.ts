import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type PublicTopic = {
  slug: string;
  title: string;
  pageUrl: string;
  materials: { slug: string; title: string; pageUrl: string }[];
};

/** The published topics and materials, as citizens see them: what posters can be printed for. */
export const getPublicMaterials = (signal?: AbortSignal) => api.get<PublicTopic[]>('/api/public/materials', signal);

export const publicMaterialsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.openLearning.public(), queryFn: ({ signal }) => getPublicMaterials(signal) });

export const usePublicMaterials = (enabled = true) => useQuery({ ...publicMaterialsQueryOptions(), enabled });
