import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Counts down from the seconds the server said were left when the attempt was loaded. */
export function useSecondsLeft(secondsLeftAtLoad: number) {
  const [deadline] = useState(() => Date.now() + secondsLeftAtLoad * 1000);
  const [left, setLeft] = useState(secondsLeftAtLoad);
  useEffect(() => {
    const tick = setInterval(() => setLeft(Math.max(0, Math.round((deadline - Date.now()) / 1000))), 1000);
    return () => clearInterval(tick);
  }, [deadline]);
  return left;
}

export function Countdown({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useTranslation();
  const minutes = Math.floor(secondsLeft / 60);
  const seconds = String(secondsLeft % 60).padStart(2, '0');
  const urgent = secondsLeft <= 120;
  return (
    <p className={`quiz__clock${urgent ? ' quiz__clock--urgent' : ''}`} data-testid="quiz-countdown">
      <span className="visually-hidden">{t('quiz.timeLeft')}</span>
      <span aria-hidden="true">⏱ </span>
      {/* Announced only at the last minutes, not every second. */}
      <span role={urgent ? 'timer' : undefined} aria-live={urgent ? 'polite' : 'off'}>
        {minutes}:{seconds}
      </span>
    </p>
  );
}
