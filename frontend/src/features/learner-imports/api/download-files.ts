import { api } from '@/lib/api-client';

export const downloadTemplate = () => api.download('/api/learner-imports/template', 'mau-danh-sach-hoc-vien.xlsx');

export const downloadAnnotated = (id: number) =>
  api.download(`/api/learner-imports/${id}/annotated.xlsx`, `danh-sach-danh-dau-loi-${id}.xlsx`);
