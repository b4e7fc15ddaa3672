import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { useSetPublished } from '@/features/open-learning/api/publish-material';
import type { Material, Topic } from '@/features/open-learning/api/types';

/** Every material with its state; a published one links to the page citizens see. */
export function MaterialsList({ materials, topics }: { materials: Material[]; topics: Topic[] }) {
  const { t } = useTranslation();
  const publish = useSetPublished();
  const topicOf = (id: number) => topics.find((topic) => topic.id === id)?.title ?? '';
  if (materials.length === 0) return <p className="notice">{t('openLearning.none')}</p>;
  return (
    <>
      {publish.error && <ErrorAlert error={publish.error} />}
      <table className="table table--cards" data-testid="materials">
        <thead>
          <tr>
            <th scope="col">{t('openLearning.form.name')}</th>
            <th scope="col">{t('openLearning.form.topic')}</th>
            <th scope="col">{t('openLearning.state')}</th>
            <th scope="col">{t('openLearning.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {materials.map((m) => (
            <tr key={m.id} data-testid={`material-${m.slug}`}>
              <td className="table__primary" data-label={t('openLearning.form.name')}>
                {m.published ? <a href={`/m/${m.slug}`}>{m.title}</a> : m.title}
              </td>
              <td data-label={t('openLearning.form.topic')}>{topicOf(m.topicId)}</td>
              <td data-label={t('openLearning.state')}>
                {m.published ? t('openLearning.published') : t('openLearning.draft')}
              </td>
              <td data-label={t('openLearning.actions')}>
                <button type="button" className="button button--ghost" disabled={publish.isPending}
                  onClick={() => publish.mutate({ id: m.id, published: !m.published })} data-testid={`publish-${m.slug}`}>
                  {m.published ? t('openLearning.unpublish') : t('openLearning.publish')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
