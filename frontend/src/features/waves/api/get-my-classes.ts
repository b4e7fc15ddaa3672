import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WaveClass } from '@/features/waves/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getMyClasses = (signal?: AbortSignal) => api.get<WaveClass[]>('/api/me/classes', signal);

export const useMyClasses = () =>
  useQuery({ queryKey: queryKeys.me.classes(), queryFn: ({ signal }) => getMyClasses(signal) });
