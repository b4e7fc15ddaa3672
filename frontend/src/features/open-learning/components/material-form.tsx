import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { useSaveMaterial } from '@/features/open-learning/api/save-material';
import { uploadMedia } from '@/features/open-learning/api/upload-media';
import type { Topic } from '@/features/open-learning/api/types';

/** A new material (a draft): title, topic, summary, the page's HTML (sanitized by the server), a video and a leaflet. */
export function MaterialForm({ topics }: { topics: Topic[] }) {
  const { t } = useTranslation();
  const ids = { title: useId(), topic: useId(), summary: useId(), body: useId(), video: useId(), leaflet: useId() };
  const save = useSaveMaterial();
  const [title, setTitle] = useState('');
  const [topicId, setTopicId] = useState<number | null>(null);
  const [summary, setSummary] = useState('');
  const [bodyHtml, setBodyHtml] = useState('');
  const [video, setVideo] = useState<File | null>(null);
  const [leaflet, setLeaflet] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (topicId === null) return;
    setUploadError(null);
    setUploading(true);
    try {
      const videoMediaId = video ? await uploadMedia(video) : null;
      const leafletMediaId = leaflet ? await uploadMedia(leaflet) : null;
      await save.mutateAsync({
        id: null,
        input: { topicId, title, summary, bodyHtml, videoMediaId, leafletMediaId, position: 0, version: 0 },
      });
      setTitle('');
      setSummary('');
      setBodyHtml('');
    } catch (cause) {
      setUploadError(cause);
    } finally {
      setUploading(false);
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} data-testid="material-form">
      <h2 className="card__title">{t('openLearning.form.title')}</h2>
      <div className="field">
        <label htmlFor={ids.title} className="field__label">{t('openLearning.form.name')}</label>
        <input id={ids.title} className="field__input" value={title} required maxLength={200}
          onChange={(e) => setTitle(e.target.value)} data-testid="material-title" />
      </div>
      <div className="field">
        <label htmlFor={ids.topic} className="field__label">{t('openLearning.form.topic')}</label>
        <select id={ids.topic} className="field__input" required value={topicId ?? ''}
          onChange={(e) => setTopicId(e.target.value === '' ? null : Number(e.target.value))} data-testid="material-topic">
          <option value="">{t('openLearning.form.pickTopic')}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>{topic.title}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.summary} className="field__label">{t('openLearning.form.summary')}</label>
        <input id={ids.summary} className="field__input" value={summary} maxLength={1000}
          onChange={(e) => setSummary(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.body} className="field__label">{t('openLearning.form.body')}</label>
        <textarea id={ids.body} className="field__input" rows={8} value={bodyHtml}
          onChange={(e) => setBodyHtml(e.target.value)} data-testid="material-body" />
        <p className="field__hint">{t('openLearning.form.bodyHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={ids.video} className="field__label">{t('openLearning.form.video')}</label>
        <input id={ids.video} type="file" accept="video/mp4,video/webm" onChange={(e) => setVideo(e.target.files?.[0] ?? null)} />
      </div>
      <div className="field">
        <label htmlFor={ids.leaflet} className="field__label">{t('openLearning.form.leaflet')}</label>
        <input id={ids.leaflet} type="file" accept="application/pdf" onChange={(e) => setLeaflet(e.target.files?.[0] ?? null)} />
      </div>
      {uploadError !== null && <ErrorAlert error={uploadError} />}
      <button type="submit" className="button" disabled={uploading || save.isPending} data-testid="material-save">
        {uploading ? t('common.uploading') : t('openLearning.form.save')}
      </button>
    </form>
  );
}
