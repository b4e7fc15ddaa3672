import { api } from '@/lib/api-client';
import type { SessionQr } from '@/features/training/api/types';

export const getSessionQr = (sessionId: number) => api.get<SessionQr>(`/api/training/sessions/${sessionId}/qr`);

export const checkIn = (sessionId: number, code: string) =>
  api.post<{ sessionId: number; present: boolean; late: boolean; markedAt: string }>(
    `/api/training/sessions/${sessionId}/check-in`,
    { code },
  );
