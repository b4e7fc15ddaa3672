import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useMyTasks, type MyTask } from '@/features/tasks/api/get-my-tasks';

/** Work that should not wait: a count above zero is shown as needing attention. */
const URGENT = new Set(['headcounts-waiting', 'learners-behind', 'deadline-soon', 'issuances-failed', 'jobs-failed', 'units-unconfirmed']);

function TaskCard({ task }: { task: MyTask }) {
  const { t } = useTranslation();
  const attention = task.count > 0 && URGENT.has(task.kind);
  return (
    <li className={`task${attention ? ' task--attention' : ''}${task.count === 0 ? ' task--done' : ''}`} data-testid={`task-${task.kind}`}>
      <Link to={task.link} className="task__link">
        <span className="task__count" data-testid={`task-${task.kind}-count`}>
          {task.count}
        </span>
        <span className="task__label">{t(`ux.tasks.${task.kind}`, { count: task.count })}</span>
      </Link>
    </li>
  );
}

/** A staff member's home (issue 14): their waiting work with counts, each a link to the page that lists it. */
export function TaskHome() {
  const { t } = useTranslation();
  const tasks = useMyTasks();
  if (tasks.isPending) return <Spinner />;
  if (tasks.error) return <ErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />;
  return (
    <section aria-labelledby="task-home-title" data-testid="task-home">
      <h2 id="task-home-title" className="section-title">
        {t('ux.tasks.title')}
      </h2>
      {tasks.data.tasks.length === 0 ? (
        <p className="notice">{t('ux.tasks.none')}</p>
      ) : (
        <ul className="tasks">
          {tasks.data.tasks.map((task) => (
            <TaskCard key={task.kind} task={task} />
          ))}
        </ul>
      )}
    </section>
  );
}
