package vn.hocso.platform.jobs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import vn.hocso.platform.VietnamTime;

/**
 * A schedule that runs once per period for the whole cluster, not once per node: the
 * method (no arguments) is a db-scheduler recurring task in the shared database, picked
 * by exactly one node per execution; if that node dies mid-run, another node runs it
 * again once its heartbeat is missed. Used instead of Spring's {@code @Scheduled}, which
 * runs on every node. Placeholders (${...}) are resolved; a cron or delay of "-" turns
 * the schedule off.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ClusterScheduled {

	/**
	 * The task's name in the scheduled_tasks table: stable, unique, kebab-case
	 * ("planning-snapshots").
	 */
	String name();

	/**
	 * A Spring-style cron (seconds first), in {@link #zone()}; or use
	 * {@link #fixedDelay()}.
	 */
	String cron() default "";

	String zone() default VietnamTime.ID;

	/** Time between the end of one run and the start of the next ("15s", "PT1H"). */
	String fixedDelay() default "";

}
