import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { ProgressBar } from '@/components/ui/progress-bar';
import { uploadMedia } from '@/features/courses/api/media';
import type { UploadedMedia } from '@/features/courses/api/types';

/** Picks a file and uploads it with a progress bar; the server checks its type from the bytes. */
export function MediaUpload({
  label,
  accept,
  onUploaded,
  testId,
}: {
  label: string;
  accept: string;
  onUploaded: (media: UploadedMedia) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const upload = (file: File) => {
    setError(null);
    setPercent(0);
    uploadMedia(file, setPercent)
      .then(onUploaded)
      .catch(setError)
      .finally(() => setPercent(null));
  };

  return (
    <div className="field">
      <label className="field__label">
        {label}
        <input
          className="field__input"
          type="file"
          accept={accept}
          data-testid={testId}
          disabled={percent !== null}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) upload(file);
            event.target.value = '';
          }}
        />
      </label>
      {percent !== null && <ProgressBar value={percent} label={t('courses.editor.uploading')} />}
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}
