import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LectureInput } from '@/features/courses/api/change-course';
import type { Lecture, MediaRef } from '@/features/courses/api/types';
import { MediaUpload } from '@/features/courses/components/media-upload';

const duration = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** A lecture's title, summary, video and handouts; files are uploaded as soon as they are picked. */
export function LectureForm({
  lecture,
  onSubmit,
  onCancel,
  pending,
}: {
  lecture?: Lecture;
  onSubmit: (input: LectureInput) => void;
  onCancel?: () => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(lecture?.title ?? '');
  const [summary, setSummary] = useState(lecture?.summary ?? '');
  const [video, setVideo] = useState<{ id: string; name: string; seconds: number } | null>(
    lecture?.videoMediaId
      ? { id: lecture.videoMediaId, name: lecture.video?.fileName ?? '', seconds: lecture.durationSeconds }
      : null,
  );
  const [attachments, setAttachments] = useState<MediaRef[]>(lecture?.attachments ?? []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ title, summary, videoMediaId: video?.id ?? null, attachmentMediaIds: attachments.map((a) => a.mediaId) });
    if (!lecture) {
      setTitle('');
      setSummary('');
      setVideo(null);
      setAttachments([]);
    }
  };

  return (
    <form className="card" onSubmit={submit} data-testid={lecture ? `lecture-form-${lecture.id}` : 'new-lecture-form'}>
      <h3 className="card__title">{lecture ? t('courses.lecture.edit', { n: lecture.position }) : t('courses.lecture.add')}</h3>
      <label className="field">
        <span className="field__label">{t('courses.lecture.title')}</span>
        <input className="field__input" value={title} onChange={(e) => setTitle(e.target.value)} required name="lecture-title" />
      </label>
      <label className="field">
        <span className="field__label">{t('courses.lecture.summary')}</span>
        <textarea className="field__input" rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <p data-testid="lecture-video-name">
        {video
          ? t('courses.lecture.video', { name: video.name || video.id.slice(0, 12), duration: duration(video.seconds) })
          : t('courses.lecture.noVideo')}
      </p>
      <MediaUpload
        label={t('courses.lecture.uploadVideo')}
        accept="video/mp4,video/webm,.mp4,.webm"
        testId="video-upload"
        onUploaded={(m) => setVideo({ id: m.id, name: m.fileName, seconds: m.durationSeconds ?? 0 })}
      />
      {attachments.length > 0 && (
        <ul className="list">
          {attachments.map((a) => (
            <li key={a.mediaId} className="inline-form">
              <span data-testid="attachment-name">{a.fileName}</span>
              <button
                type="button"
                className="button button--ghost"
                onClick={() => setAttachments(attachments.filter((x) => x.mediaId !== a.mediaId))}
              >
                {t('courses.lecture.removeAttachment')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <MediaUpload
        label={t('courses.lecture.uploadAttachment')}
        accept="application/pdf,.pdf,.pptx"
        testId="attachment-upload"
        onUploaded={(m) =>
          setAttachments((all) => [...all, { mediaId: m.id, fileName: m.fileName, kind: m.kind, sizeBytes: m.sizeBytes }])
        }
      />
      <div className="actions">
        <button type="submit" className="button" disabled={pending} data-testid="lecture-save">
          {lecture ? t('courses.form.save') : t('courses.lecture.addButton')}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
