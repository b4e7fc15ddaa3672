package vn.hocso.platform.jobs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the {@link ClusterScheduled} and {@link ClusterJob} methods of every bean and
 * turns each into a recurring or a one-time task. Every run is written to the job run log
 * ({@link JobRuns}): a period (a schedule's planned time, a one-off job's id) that
 * succeeded is not run again.
 */
class ClusterSchedules implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(ClusterSchedules.class);

	private final Environment environment;

	private final JobRuns runs;

	private final List<RecurringTask<Void>> tasks = new ArrayList<>();

	private final List<OneTimeTask<Void>> jobs = new ArrayList<>();

	ClusterSchedules(Environment environment, JobRuns runs) {
		this.environment = environment;
		this.runs = runs;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Class<?> type = AopUtils.getTargetClass(bean);
		ReflectionUtils.doWithMethods(type, method -> {
			ClusterScheduled schedule = AnnotatedElementUtils.findMergedAnnotation(method, ClusterScheduled.class);
			if (schedule != null) {
				register(schedule, bean, method);
			}
			ClusterJob job = AnnotatedElementUtils.findMergedAnnotation(method, ClusterJob.class);
			if (job != null) {
				register(job, bean, method);
			}
		});
		return bean;
	}

	synchronized List<RecurringTask<Void>> tasks() {
		return List.copyOf(tasks);
	}

	synchronized List<OneTimeTask<Void>> jobs() {
		return List.copyOf(jobs);
	}

	private synchronized void register(ClusterJob annotation, Object bean, Method method) {
		if (method.getParameterCount() != 1
				|| (method.getParameterTypes()[0] != long.class && method.getParameterTypes()[0] != String.class)) {
			throw new IllegalStateException("@ClusterJob method takes the job's id (long or String): " + method);
		}
		boolean numeric = method.getParameterTypes()[0] == long.class;
		if (jobs.stream().anyMatch(job -> job.getName().equals(annotation.name()))) {
			throw new IllegalStateException("Two jobs are named " + annotation.name());
		}
		ReflectionUtils.makeAccessible(method);
		Duration retry = DurationStyle.detectAndParse(environment.getProperty("hocso.jobs.retry-delay", "10s"));
		jobs.add(Tasks.oneTime(annotation.name())
			.onFailure(new FailureHandler.OnFailureRetryLater<>(retry))
			.execute((instance, context) -> logged(annotation.name(), instance.getId(),
					() -> invoke(bean, method, numeric ? Long.parseLong(instance.getId()) : instance.getId()))));
	}

	private synchronized void register(ClusterScheduled annotation, Object bean, Method method) {
		if (method.getParameterCount() != 0) {
			throw new IllegalStateException("@ClusterScheduled method takes no arguments: " + method);
		}
		Schedule schedule = schedule(annotation);
		if (schedule == null) {
			return;
		}
		if (tasks.stream().anyMatch(task -> task.getName().equals(annotation.name()))) {
			throw new IllegalStateException("Two schedules are named " + annotation.name());
		}
		ReflectionUtils.makeAccessible(method);
		tasks.add(Tasks.recurring(annotation.name(), schedule)
			// Revived where it was: the period keeps its key in the run log (the default
			// moves it to "now").
			.onDeadExecution(samePeriod())
			.execute((instance, context) -> logged(annotation.name(), context.getExecution().executionTime.toString(),
					() -> invoke(bean, method))));
	}

	private static DeadExecutionHandler<Void> samePeriod() {
		return (complete, operations) -> {
			log.info("Reviving {}, whose node stopped sending heartbeats", complete.getExecution());
			operations.reschedule(complete, complete.getExecution().executionTime);
		};
	}

	/**
	 * Runs one period of a task unless it already succeeded, and records how it ended.
	 */
	private void logged(String task, String period, Runnable work) {
		if (!runs.begin(task, period)) {
			log.info("{} {} already succeeded; not run again", task, period);
			return;
		}
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			try {
				runs.finish(task, period, JobRuns.Outcome.FAILED, ex);
			}
			catch (RuntimeException unrecorded) {
				// The database is away: the next attempt takes the period over.
				ex.addSuppressed(unrecorded);
			}
			throw ex;
		}
		runs.finish(task, period, JobRuns.Outcome.SUCCEEDED, null);
	}

	private @Nullable Schedule schedule(ClusterScheduled annotation) {
		String cron = environment.resolvePlaceholders(annotation.cron()).trim();
		String delay = environment.resolvePlaceholders(annotation.fixedDelay()).trim();
		if (cron.equals("-") || delay.equals("-")) {
			return null;
		}
		if (!cron.isEmpty() == !delay.isEmpty()) {
			throw new IllegalStateException(
					"@ClusterScheduled " + annotation.name() + ": give a cron or a fixed delay");
		}
		if (!cron.isEmpty()) {
			return Schedules.cron(cron, ZoneId.of(annotation.zone()));
		}
		Duration period = DurationStyle.detectAndParse(delay);
		return Schedules.fixedDelay(period);
	}

	private static void invoke(Object bean, Method method, Object... arguments) {
		try {
			method.invoke(bean, arguments);
		}
		catch (InvocationTargetException ex) {
			// db-scheduler records the failure and tries again at the next execution
			// time.
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
