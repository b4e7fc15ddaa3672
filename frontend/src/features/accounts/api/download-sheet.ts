import { api } from '@/lib/api-client';

export const downloadSheet = (id: number, format: 'xlsx' | 'pdf') =>
  api.download(`/api/account-issuances/${id}/sheet.${format}`, `tai-khoan-${id}.${format}`);
