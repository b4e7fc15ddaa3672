import { useTranslation } from 'react-i18next';
import type { OrgUnitStatus, OrgUnitType } from '@/features/org-units/api/types';

export function UnitTypeBadge({ type }: { type: OrgUnitType }) {
  const { t } = useTranslation();
  return <span className={`badge badge--type badge--${type.toLowerCase()}`}>{t(`orgUnits.type.${type}`, type)}</span>;
}

export function UnitStatusBadge({ status }: { status: OrgUnitStatus }) {
  const { t } = useTranslation();
  if (status === 'ACTIVE') return null;
  return <span className="badge badge--status">{t(`orgUnits.status.${status}`, status)}</span>;
}
