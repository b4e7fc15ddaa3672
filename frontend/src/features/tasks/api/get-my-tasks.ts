import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type TaskKind =
  | 'headcounts-waiting'
  | 'learners-behind'
  | 'learners-not-started'
  | 'deadline-soon'
  | 'imports-to-finish'
  | 'issuances-failed'
  | 'headcounts-to-declare'
  | 'reports-due'
  | 'units-unconfirmed'
  | 'jobs-running'
  | 'jobs-failed';

export type MyTask = { kind: TaskKind; role: string; count: number; link: string };

export const getMyTasks = (signal?: AbortSignal) => api.get<{ tasks: MyTask[] }>('/api/me/tasks', signal);

export const myTasksQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.me.tasks(), queryFn: ({ signal }) => getMyTasks(signal) });

export const useMyTasks = () => useQuery(myTasksQueryOptions());
