import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useOrgUnitTree } from '@/features/org-units/api/get-org-unit-tree';
import { OrgTree } from '@/features/org-units/components/org-tree';
import { OrgUnitDetails } from '@/features/org-units/components/org-unit-details';

export function OrgUnitsRoute() {
  const { t } = useTranslation();
  const tree = useOrgUnitTree();
  const [selectedId, setSelectedId] = useState<number | null>(null);

  return (
    <>
      <h1 className="page-title" data-testid="org-units-title">
        {t('orgUnits.title')}
      </h1>
      <p className="lead">{t('orgUnits.intro')}</p>
      {tree.isPending && <Spinner />}
      {tree.error && <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />}
      {tree.data && (
        <div className={`split${selectedId !== null ? ' split--with-panel' : ''}`}>
          <section className="card split__main">
            <OrgTree roots={tree.data} selectedId={selectedId} onSelect={(node) => setSelectedId(node.id)} />
          </section>
          {selectedId !== null && <OrgUnitDetails id={selectedId} onClose={() => setSelectedId(null)} />}
        </div>
      )}
    </>
  );
}
