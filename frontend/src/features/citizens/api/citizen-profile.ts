import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type CitizenProfile = components['schemas']['Profile'];

export type ProfileInput = components['schemas']['ProfileRequest'];

/** The citizen's registration, or null before they completed it (the API answers 404). */
export const getCitizenProfile = async (signal?: AbortSignal): Promise<CitizenProfile | null> => {
  try {
    return await api.get<CitizenProfile>('/api/me/citizen', signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
};

export const useCitizenProfile = () => useQuery({ queryKey: queryKeys.citizenProfile(), queryFn: ({ signal }) => getCitizenProfile(signal) });

export const useSaveCitizenProfile = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfileInput) => api.put<CitizenProfile>('/api/me/citizen', input),
    onSuccess: (profile) => queryClient.setQueryData(queryKeys.citizenProfile(), profile),
  });
};

export const downloadMyData = () => api.download('/api/me/citizen/data', 'hocso-du-lieu-cua-toi.json');

export const useDeleteMe = () => useMutation({ mutationFn: () => api.delete<void>('/api/me/citizen') });
