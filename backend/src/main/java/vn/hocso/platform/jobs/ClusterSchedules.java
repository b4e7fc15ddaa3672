package vn.hocso.platform.jobs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the {@link ClusterScheduled} and {@link ClusterJob} methods of every bean and turns each into
 * a recurring or a one-time task.
 */
class ClusterSchedules implements BeanPostProcessor {

	private final Environment environment;

	private final List<RecurringTask<Void>> tasks = new ArrayList<>();

	private final List<OneTimeTask<Void>> jobs = new ArrayList<>();

	ClusterSchedules(Environment environment) {
		this.environment = environment;
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
		if (method.getParameterCount() != 1 || method.getParameterTypes()[0] != long.class) {
			throw new IllegalStateException("@ClusterJob method takes the job's id (long): " + method);
		}
		if (jobs.stream().anyMatch(job -> job.getName().equals(annotation.name()))) {
			throw new IllegalStateException("Two jobs are named " + annotation.name());
		}
		ReflectionUtils.makeAccessible(method);
		Duration retry = DurationStyle.detectAndParse(environment.getProperty("hocso.jobs.retry-delay", "10s"));
		jobs.add(Tasks.oneTime(annotation.name())
			.onFailure(new FailureHandler.OnFailureRetryLater<>(retry))
			.execute((instance, context) -> invoke(bean, method, Long.parseLong(instance.getId()))));
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
		tasks.add(Tasks.recurring(annotation.name(), schedule).execute((instance, context) -> invoke(bean, method)));
	}

	private Schedule schedule(ClusterScheduled annotation) {
		String cron = environment.resolvePlaceholders(annotation.cron()).trim();
		String delay = environment.resolvePlaceholders(annotation.fixedDelay()).trim();
		if (cron.equals("-")) {
			return null;
		}
		if (!cron.isEmpty() == !delay.isEmpty()) {
			throw new IllegalStateException("@ClusterScheduled " + annotation.name() + ": give a cron or a fixed delay");
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
			// db-scheduler records the failure and tries again at the next execution time.
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
