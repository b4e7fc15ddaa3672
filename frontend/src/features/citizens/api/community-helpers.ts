import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type HelperStatus = components['schemas']['HelperStatus'];

export type CommuneHelpers = components['schemas']['CommuneHelpers'];

export type CourseProgress = components['schemas']['CourseProgress'];

export type AssistedCitizen = components['schemas']['AssistedCitizen'];

export type MyCitizens = components['schemas']['MyCitizens'];

export type Registration = components['schemas']['RegistrationRequest'];

export type Registered = components['schemas']['Registered'];

/** A commune's officials with an account and whether each is its community helper (ADMIN, unit admin). */
export const useCommuneHelpers = (communeId: number | null) =>
  useQuery({
    queryKey: queryKeys.communityHelpers(communeId),
    queryFn: ({ signal }) => api.get<CommuneHelpers>(`/api/units/${communeId}/community-helpers`, signal),
    enabled: communeId !== null,
  });

export const useChangeHelper = (communeId: number | null) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ learnerId, grant }: { learnerId: number; grant: boolean }) =>
      grant
        ? api.put<HelperStatus>(`/api/community-helpers/${learnerId}`, null)
        : api.delete<HelperStatus>(`/api/community-helpers/${learnerId}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.communityHelpers(communeId) }),
  });
};

/** The citizens the calling helper registered, with their progress. */
export const useMyCitizens = () =>
  useQuery({ queryKey: queryKeys.assistedCitizens(), queryFn: ({ signal }) => api.get<MyCitizens>('/api/community-helper/citizens', signal) });

export const useRegisterCitizen = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registration: Registration) => api.post<Registered>('/api/community-helper/citizens', registration),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.assistedCitizens() }),
  });
};

export const downloadSlip = (learnerId: number) =>
  api.download(`/api/community-helper/citizens/${learnerId}/slip.pdf`, `phieu-tai-khoan-${learnerId}.pdf`);
