import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { EnrolmentRow, Wave, WaveClass } from '@/features/waves/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getWave = (id: number, signal?: AbortSignal) => api.get<Wave>(`/api/waves/${id}`, signal);

export const getWaveEnrolments = (id: number, signal?: AbortSignal) =>
  api.get<EnrolmentRow[]>(`/api/waves/${id}/enrolments`, signal);

export const getWaveClasses = (id: number, signal?: AbortSignal) =>
  api.get<WaveClass[]>(`/api/waves/${id}/classes`, signal);

export const waveQueryOptions = (id: number) =>
  queryOptions({ queryKey: queryKeys.waves.one(id), queryFn: ({ signal }) => getWave(id, signal) });

export const useWave = (id: number) => useQuery(waveQueryOptions(id));

export const useWaveEnrolments = (id: number) =>
  useQuery({ queryKey: queryKeys.waves.enrolments(id), queryFn: ({ signal }) => getWaveEnrolments(id, signal) });

export const useWaveClasses = (id: number) =>
  useQuery({ queryKey: queryKeys.waves.classes(id), queryFn: ({ signal }) => getWaveClasses(id, signal) });
