import { api } from '@/lib/api-client';
import type { Certificate } from '@/features/certificates/api/types';

export const downloadPdf = (c: Certificate) => api.download(`/api/certificates/${c.id}/pdf`, `${c.serial}.pdf`);

export const downloadBadge = (c: Certificate) =>
  api.download(`/api/certificates/${c.id}/badge`, `${c.serial}.badge.json`);

export const downloadUnitZip = (unitId: number) =>
  api.download(`/api/units/${unitId}/certificates.zip`, `chung-nhan-don-vi-${unitId}.zip`);
