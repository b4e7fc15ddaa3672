import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useReach } from '@/features/open-learning/api/get-reach';

/** How often each commune's QR codes were opened: reach (lượt mở), not people, not completions. */
export function ReachTable({ unitId }: { unitId: number | null }) {
  const { t } = useTranslation();
  const reach = useReach(unitId);
  if (unitId === null) return null;
  if (reach.isPending) return <Spinner />;
  if (reach.error) return <ErrorAlert error={reach.error} />;
  const data = reach.data;
  return (
    <>
      <p className="notice" data-testid="reach-total">
        {t('openLearning.reach.total', { from: data.from, to: data.to, opens: data.totalOpens })}
      </p>
      <table className="table table--cards" data-testid="reach">
        <thead>
          <tr>
            <th scope="col">{t('openLearning.reach.commune')}</th>
            <th scope="col">{t('openLearning.reach.opens')}</th>
          </tr>
        </thead>
        <tbody>
          {data.communes.map((c) => (
            <tr key={c.unitId} data-testid={`reach-${c.code}`}>
              <td className="table__primary" data-label={t('openLearning.reach.commune')}>{c.name}</td>
              <td data-label={t('openLearning.reach.opens')}>{c.opens}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
