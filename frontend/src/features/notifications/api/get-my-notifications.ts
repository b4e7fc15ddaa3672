import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type Notification = components['schemas']['Notification'];

export const getMyNotifications = (signal?: AbortSignal) => api.get<Notification[]>('/api/me/notifications', signal);

export const useMyNotifications = () =>
  useQuery({ queryKey: queryKeys.me.notifications(), queryFn: ({ signal }) => getMyNotifications(signal) });
