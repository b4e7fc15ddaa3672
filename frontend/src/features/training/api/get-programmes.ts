import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Nomination, Programme, TrainingClass, UnitReport } from '@/features/training/api/types';

export const useProgrammes = (enabled: boolean) =>
  useQuery({
    queryKey: ['training', 'programmes'],
    queryFn: ({ signal }) => api.get<Programme[]>('/api/training/programmes', signal),
    enabled,
  });

export const useProgramme = (id: number) =>
  useQuery({
    queryKey: ['training', 'programmes', id],
    queryFn: ({ signal }) => api.get<Programme>(`/api/training/programmes/${id}`, signal),
  });

export const useProgrammeClasses = (id: number) =>
  useQuery({
    queryKey: ['training', 'programmes', id, 'classes'],
    queryFn: ({ signal }) => api.get<TrainingClass[]>(`/api/training/programmes/${id}/classes`, signal),
  });

export const useNominations = (id: number) =>
  useQuery({
    queryKey: ['training', 'programmes', id, 'nominations'],
    queryFn: ({ signal }) => api.get<Nomination[]>(`/api/training/programmes/${id}/nominations`, signal),
  });

export const useUnitsWithout = (id: number) =>
  useQuery({
    queryKey: ['training', 'programmes', id, 'without'],
    queryFn: ({ signal }) =>
      api.get<{ id: number; code: string; name: string }[]>(`/api/training/programmes/${id}/units-without-nominations`, signal),
  });

export const useUnitReport = (id: number) =>
  useQuery({
    queryKey: ['training', 'programmes', id, 'report'],
    queryFn: ({ signal }) => api.get<UnitReport>(`/api/training/programmes/${id}/report`, signal),
  });
