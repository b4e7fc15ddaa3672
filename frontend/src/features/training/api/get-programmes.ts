import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Nomination, Programme, TrainingClass, UnitReport } from '@/features/training/api/types';
import { queryKeys } from '@/lib/query-keys';

export const useProgrammes = (enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.training.programmes(),
    queryFn: ({ signal }) => api.get<Programme[]>('/api/training/programmes', signal),
    enabled,
  });

export const useProgramme = (id: number) =>
  useQuery({
    queryKey: queryKeys.training.programme(id),
    queryFn: ({ signal }) => api.get<Programme>(`/api/training/programmes/${id}`, signal),
  });

export const useProgrammeClasses = (id: number) =>
  useQuery({
    queryKey: queryKeys.training.programmeClasses(id),
    queryFn: ({ signal }) => api.get<TrainingClass[]>(`/api/training/programmes/${id}/classes`, signal),
  });

export const useNominations = (id: number) =>
  useQuery({
    queryKey: queryKeys.training.nominations(id),
    queryFn: ({ signal }) => api.get<Nomination[]>(`/api/training/programmes/${id}/nominations`, signal),
  });

export const useUnitsWithout = (id: number) =>
  useQuery({
    queryKey: queryKeys.training.without(id),
    queryFn: ({ signal }) =>
      api.get<{ id: number; code: string; name: string }[]>(`/api/training/programmes/${id}/units-without-nominations`, signal),
  });

export const useUnitReport = (id: number) =>
  useQuery({
    queryKey: queryKeys.training.report(id),
    queryFn: ({ signal }) => api.get<UnitReport>(`/api/training/programmes/${id}/report`, signal),
  });
