import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Material, MaterialInput } from '@/features/open-learning/api/types';
import { queryKeys } from '@/lib/query-keys';

type SaveMaterial = { id: number | null; input: MaterialInput };

/** Creates a draft (no id) or edits one, carrying the version the editor read. */
export const saveMaterial = ({ id, input }: SaveMaterial) =>
  id === null
    ? api.post<Material>('/api/open-learning/materials', input)
    : api.put<Material>(`/api/open-learning/materials/${id}`, input);

export const useSaveMaterial = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMaterial,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.openLearning.all }),
  });
};
