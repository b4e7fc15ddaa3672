import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type Notification = {
  id: number;
  enrolmentId: number;
  kind: 'NOT_STARTED' | 'BEHIND' | 'DEADLINE_SOON' | 'FROM_TRAINER';
  sentAt: string;
  title: string;
  body: string;
};

export const getMyNotifications = (signal?: AbortSignal) => api.get<Notification[]>('/api/me/notifications', signal);

export const useMyNotifications = () =>
  useQuery({ queryKey: queryKeys.me.notifications(), queryFn: ({ signal }) => getMyNotifications(signal) });
