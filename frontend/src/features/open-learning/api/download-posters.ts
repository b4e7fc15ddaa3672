import { api } from '@/lib/api-client';
import type { PosterFormat, QrTarget } from '@/features/open-learning/api/types';

/** One PDF per commune under the unit, in a ZIP (a commune alone gets its PDF). */
export const downloadPosters = (unitId: number, isCommune: boolean, target: QrTarget, ref: string, format: PosterFormat) => {
  const params = new URLSearchParams({ target, ref, format });
  return isCommune
    ? api.download(`/api/units/${unitId}/qr-poster.pdf?${params}`, `ap-phich-${ref}-${format}.pdf`)
    : api.download(`/api/units/${unitId}/qr-posters.zip?${params}`, `ap-phich-${ref}-${format}.zip`);
};
