import { useTranslation } from 'react-i18next';
import { useMyNotifications } from '@/features/notifications/api/get-my-notifications';
import { formatDate } from '@/utils/format-date';

/** The learner's reminders, newest first; nothing at all when there are none. */
export function MyNotifications() {
  const { t, i18n } = useTranslation();
  const notifications = useMyNotifications();
  if (!notifications.data?.length) return null;
  return (
    <section className="card" data-testid="my-notifications">
      <h2 className="card__title">{t('notifications.title')}</h2>
      <ul className="enrolment-list">
        {notifications.data.slice(0, 5).map((notification) => (
          <li key={notification.id} className="enrolment-list__item">
            <div className="enrolment-list__name">{notification.title}</div>
            <div>{notification.body}</div>
            <div className="muted">{formatDate(notification.sentAt.slice(0, 10), i18n.language)}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
