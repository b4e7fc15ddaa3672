import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { queryKeys } from '@/lib/query-keys';

export type CitizenProfile = {
  username: string;
  communeId: number;
  communeCode: string;
  communeName: string;
  birthYear: number;
  gender: 'MALE' | 'FEMALE' | 'OTHER' | null;
  consentAt: string;
  registeredAt: string;
};

export type ProfileInput = { communeId: number; birthYear: number; gender: string | null; consent: boolean };

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
