import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { UnitSelect } from '@/components/ui/unit-select';
import { useMaterials } from '@/features/open-learning/api/get-materials';
import { usePublicMaterials } from '@/features/open-learning/api/get-public-materials';
import { useTopics } from '@/features/open-learning/api/get-topics';
import { useUnitTree } from '@/features/open-learning/api/get-unit-tree';
import { MaterialForm } from '@/features/open-learning/components/material-form';
import { MaterialsList } from '@/features/open-learning/components/materials-list';
import { PostersPanel, type PosterChoice } from '@/features/open-learning/components/posters-panel';
import { ReachTable } from '@/features/open-learning/components/reach-table';
import { TopicForm } from '@/features/open-learning/components/topic-form';

/**
 * Open materials for citizens: the IT centre writes and publishes them; ADMIN and unit admins print
 * QR posters per commune; staff see each commune's reach. A unit admin picks posters by the address
 * of a material or topic (the public list is all they need to see).
 */
export function OpenLearningPage({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  const admin = roles.includes('ADMIN');
  const printer = admin || roles.includes('UNIT_ADMIN');
  const topics = useTopics(admin);
  const materials = useMaterials(admin);
  const published = usePublicMaterials(printer);
  const tree = useUnitTree();
  const [reachUnit, setReachUnit] = useState<number | null>(null);

  const choices: PosterChoice[] = (published.data ?? []).flatMap((topic) => [
    { target: 'TOPIC' as const, ref: topic.slug, label: `${t('openLearning.topic')}: ${topic.title}` },
    ...topic.materials.map((m) => ({ target: 'MATERIAL' as const, ref: m.slug, label: `— ${m.title}` })),
  ]);

  return (
    <>
      <p>
        <a href="/m" data-testid="public-materials-link">{t('openLearning.publicLink')}</a>
      </p>
      {admin && (topics.isPending || materials.isPending) && <Spinner />}
      {admin && topics.error && <ErrorAlert error={topics.error} />}
      {admin && topics.data && materials.data && (
        <>
          <MaterialsList materials={materials.data} topics={topics.data} />
          <MaterialForm topics={topics.data} />
          <TopicForm />
        </>
      )}
      {printer && tree.data && <PostersPanel roots={tree.data} choices={choices} />}
      <section className="card">
        <h2 className="card__title">{t('openLearning.reach.title')}</h2>
        <p>{t('openLearning.reach.intro')}</p>
        {tree.data && (
          <UnitSelect label={t('openLearning.posters.unit')} placeholder={t('openLearning.posters.pickUnit')} roots={tree.data}
            value={reachUnit} onChange={setReachUnit} testId="reach-unit" />
        )}
        <ReachTable unitId={reachUnit} />
      </section>
    </>
  );
}
