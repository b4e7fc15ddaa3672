import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClassSheet, MyTraining } from '@/features/training/api/types';
import { queryKeys } from '@/lib/query-keys';

export const useClassSheet = (classId: number) =>
  useQuery({
    queryKey: queryKeys.training.classSheet(classId),
    queryFn: ({ signal }) => api.get<ClassSheet>(`/api/training/classes/${classId}`, signal),
  });

export const useMyTraining = () =>
  useQuery({
    queryKey: queryKeys.training.mine(),
    queryFn: ({ signal }) => api.get<MyTraining>('/api/training/me', signal),
  });

export const completeClass = (classId: number) =>
  api.post<{ completedNow: number; alreadyCompleted: number; notMeetingRule: number }>(
    `/api/training/classes/${classId}/completion`,
  );

export const downloadSheet = (classId: number, format: 'xlsx' | 'pdf') =>
  api.download(`/api/training/classes/${classId}/attendance-sheet.${format}`, `diem-danh-lop-${classId}.${format}`);
