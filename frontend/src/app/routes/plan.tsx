import { useParams, useSearchParams } from 'react-router';
import { PlanDetail } from '@/features/planning/components/plan-detail';
import { useMe } from '@/features/me/api/get-me';

const numberOrNull = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

/** The chosen indicator and unit live in the address, so a drill-down can be bookmarked and shared. */
export function PlanRoute() {
  const { planId } = useParams();
  const [search, setSearch] = useSearchParams();
  const me = useMe();
  const roles = me.data?.roles ?? [];
  return (
    <PlanDetail
      planId={Number(planId)}
      indicatorId={numberOrNull(search.get('indicator'))}
      unitId={numberOrNull(search.get('unit'))}
      canConfirm={roles.includes('ADMIN') || roles.includes('UNIT_ADMIN')}
      onSelect={(indicator, unit) => {
        const next = new URLSearchParams();
        if (indicator) next.set('indicator', String(indicator));
        if (unit) next.set('unit', String(unit));
        setSearch(next);
      }}
    />
  );
}
