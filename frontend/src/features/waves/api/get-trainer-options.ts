import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type TrainerOption = { username: string; displayName: string; unitName: string | null };

/** The TRAINER users of the class's unit and the units below it, sorted by name. */
export const getTrainerOptions = (classId: number) => api.get<TrainerOption[]>(`/api/classes/${classId}/trainer-options`);

export const useTrainerOptions = (classId: number, enabled: boolean) =>
  useQuery({ queryKey: queryKeys.classes.trainerOptions(classId), queryFn: () => getTrainerOptions(classId), enabled });
