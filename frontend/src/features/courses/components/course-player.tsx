import { useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { useMediaLink } from '@/features/courses/api/media';
import { sendHeartbeat, useProgress } from '@/features/courses/api/progress';
import { queryKeys } from '@/lib/query-keys';
import type { Course, EnrolmentProgress, Lecture, LectureProgress, MediaRef } from '@/features/courses/api/types';
import { WatchTracker } from '@/features/courses/utils/watch-segments';

const HEARTBEAT_MS = 15_000;

/** 75 → "1:15": short enough for a phone, exact enough for short lectures. */
const clock = (seconds: number) => {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

/**
 * The learner's course player (also the authors' preview, without an enrolment: nothing is
 * recorded). Lecture list with ticks and minutes watched, the video streamed through a signed link,
 * handouts, previous/next.
 */
export function CoursePlayer({ course, enrolmentId }: { course: Course; enrolmentId: number | null }) {
  const { t } = useTranslation();
  const progress = useProgress(enrolmentId);
  const [index, setIndex] = useState(() => 0);
  const lecture = course.lectures[index];
  const byLecture = useMemo(() => progressByLecture(progress.data ?? null), [progress.data]);
  const [placed, setPlaced] = useState(false);

  // Once progress arrives, open the first lecture not completed yet (where the learner stopped); only
  // once, so that completing the lecture being watched does not move the learner on mid-video.
  // Adjusted while rendering (react.dev "adjusting some state when a prop changes"), not in an effect.
  if (!placed && progress.data) {
    setPlaced(true);
    const next = course.lectures.findIndex((l) => !byLecture.get(l.id)?.completed);
    if (next > 0) setIndex(next);
  }

  if (!lecture) return <p className="notice">{t('courses.player.empty')}</p>;
  return (
    <div className="player" data-testid="course-player">
      <section className="player__main">
        <h2 className="section-title" data-testid="lecture-title">
          {t('courses.player.lectureNo', { n: lecture.position })} · {lecture.title}
        </h2>
        <LectureVideo
          key={lecture.id}
          lecture={lecture}
          enrolmentId={enrolmentId}
          resumeAt={byLecture.get(lecture.id)?.positionSecond ?? 0}
          onEnded={() => index < course.lectures.length - 1 && setIndex(index + 1)}
        />
        {lecture.summary && <p>{lecture.summary}</p>}
        <Attachments attachments={lecture.attachments} />
        <div className="actions">
          <button type="button" className="button button--ghost" disabled={index === 0} onClick={() => setIndex(index - 1)}>
            {t('courses.player.previous')}
          </button>
          <button
            type="button"
            className="button"
            disabled={index === course.lectures.length - 1}
            onClick={() => setIndex(index + 1)}
            data-testid="next-lecture"
          >
            {t('courses.player.next')}
          </button>
        </div>
      </section>
      <aside className="player__list card">
        <h2 className="card__title">{course.title}</h2>
        {progress.data && (
          <p className="muted" data-testid="course-progress">
            {t('courses.player.summary', {
              done: progress.data.lecturesCompleted,
              total: progress.data.lecturesTotal,
              today: progress.data.minutesToday,
            })}
          </p>
        )}
        <ol className="lecture-list">
          {course.lectures.map((l, i) => {
            const p = byLecture.get(l.id);
            return (
              <li key={l.id}>
                <button
                  type="button"
                  className={`list__button${i === index ? ' list__button--selected' : ''}`}
                  onClick={() => setIndex(i)}
                  data-testid={`lecture-${l.position}`}
                >
                  <span aria-hidden="true">{p?.completed ? '✓' : '○'}</span>{' '}
                  <span className="lecture-list__title">
                    {l.position}. {l.title}
                  </span>
                  <span className="muted lecture-list__meta">
                    {p
                      ? t('courses.player.watched', {
                          watched: clock(p.watchedSeconds),
                          total: clock(l.durationSeconds),
                          percent: Math.floor(p.percent),
                        })
                      : t('courses.player.duration', { total: Math.ceil(l.durationSeconds / 60) })}
                    {p?.completed && <span className="visually-hidden"> {t('courses.player.completed')}</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </aside>
    </div>
  );
}

function progressByLecture(progress: EnrolmentProgress | null): Map<number, LectureProgress> {
  return new Map((progress?.lectures ?? []).map((l) => [l.lectureId, l]));
}

function LectureVideo({
  lecture,
  enrolmentId,
  resumeAt,
  onEnded,
}: {
  lecture: Lecture;
  enrolmentId: number | null;
  resumeAt: number;
  onEnded: () => void;
}) {
  const { t } = useTranslation();
  const link = useMediaLink(lecture.videoMediaId ?? null, lecture.video?.link);
  const video = useRef<HTMLVideoElement>(null);
  const queryClient = useQueryClient();
  const sessionId = useMemo(() => crypto.randomUUID(), []);
  const tracker = useMemo(() => new WatchTracker(), []);

  useEffect(() => {
    const element = video.current;
    if (!element || enrolmentId === null) return;
    const state = () => ({ playing: !element.paused && !element.ended, visible: !document.hidden, rate: element.playbackRate });
    const flush = () => {
      const segments = tracker.take();
      if (segments.length === 0 && element.currentTime === 0) return;
      void sendHeartbeat(enrolmentId, lecture.id, {
        sessionId,
        segments,
        positionSecond: Math.round(element.currentTime * 10) / 10,
        playbackRate: element.playbackRate,
      }).then((updated) => {
        if (!updated) return;
        const key = queryKeys.enrolments.progress(enrolmentId);
        const before = queryClient.getQueryData<EnrolmentProgress | null>(key);
        queryClient.setQueryData<EnrolmentProgress | null>(key, (old) =>
          old ? { ...old, lectures: old.lectures.map((l) => (l.lectureId === updated.lectureId ? updated : l)) } : old,
        );
        // The totals (lectures completed, minutes today) come from the server: refresh them when a
        // lecture completes, not on every heartbeat (that would double the load of heartbeats).
        const was = before?.lectures.find((l) => l.lectureId === updated.lectureId);
        if (!was || was.completed !== updated.completed) {
          void queryClient.invalidateQueries({ queryKey: key });
        }
      });
    };
    const onTime = () => tracker.observe(element.currentTime, state());
    const onSeeking = () => tracker.seeked(element.currentTime);
    const onStop = () => {
      tracker.observe(element.currentTime, state());
      flush();
    };
    const onVisibility = () => tracker.observe(element.currentTime, state());
    const timer = window.setInterval(() => !element.paused && flush(), HEARTBEAT_MS);
    element.addEventListener('timeupdate', onTime);
    element.addEventListener('seeking', onSeeking);
    element.addEventListener('pause', onStop);
    element.addEventListener('ended', onStop);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      window.clearInterval(timer);
      element.removeEventListener('timeupdate', onTime);
      element.removeEventListener('seeking', onSeeking);
      element.removeEventListener('pause', onStop);
      element.removeEventListener('ended', onStop);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      // Changing lecture (or leaving the page) sends what was watched.
      flush();
    };
  }, [enrolmentId, lecture.id, link.data, queryClient, sessionId, tracker]);

  if (!lecture.videoMediaId) return <p className="notice">{t('courses.player.noVideo')}</p>;
  if (link.isPending) return <Spinner />;
  if (link.error) return <p className="alert alert--error">{t('courses.player.videoUnavailable')}</p>;
  return (
    // Lectures have no caption files (the course model has none to offer); the lecture's summary and
    // handouts are its text. Adding an empty <track> would only hide the gap.
    // eslint-disable-next-line jsx-a11y/media-has-caption -- no captions exist to reference yet
    <video
      ref={video}
      className="player__video"
      src={link.data.url}
      controls
      playsInline
      preload="metadata"
      data-testid="lecture-video"
      onLoadedMetadata={(event) => {
        const element = event.currentTarget;
        if (resumeAt > 0 && resumeAt < element.duration - 3) element.currentTime = resumeAt;
      }}
      onEnded={onEnded}
    />
  );
}

function Attachments({ attachments }: { attachments: MediaRef[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <section className="card" aria-label={t('courses.player.handouts')}>
      <h3 className="card__title">{t('courses.player.handouts')}</h3>
      {attachments.map((a) => (
        <Attachment key={a.mediaId} attachment={a} />
      ))}
    </section>
  );
}

function Attachment({ attachment }: { attachment: MediaRef }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const link = useMediaLink(attachment.mediaId, attachment.link);
  if (!link.data) return <p className="muted">{attachment.fileName}</p>;
  if (attachment.kind !== 'PDF') {
    return (
      <p>
        <a className="button button--ghost" href={link.data.url} download={attachment.fileName} data-testid="attachment-download">
          {t('courses.player.download', { name: attachment.fileName })}
        </a>
      </p>
    );
  }
  return (
    <div className="attachment">
      <p className="actions">
        <button type="button" className="button button--ghost" onClick={() => setOpen(!open)} data-testid="attachment-toggle">
          {open ? t('courses.player.hidePdf') : t('courses.player.showPdf', { name: attachment.fileName })}
        </button>
        <a className="button button--ghost" href={link.data.url} target="_blank" rel="noreferrer">
          {t('courses.player.openPdf')}
        </a>
      </p>
      {open && <iframe className="attachment__pdf" src={link.data.url} title={attachment.fileName} data-testid="attachment-pdf" />}
    </div>
  );
}
