package vn.hocso.platform.jobs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A background job run by one node of the cluster: the method takes the job's id (a
 * {@code long} or a {@code String}); {@link ClusterJobs#submit} queues it in the shared
 * scheduled_tasks table. A run that throws (the database went away) is retried after
 * hocso.jobs.retry-delay; a run whose node died is run again by another node once its
 * heartbeats stop. The method must therefore be safe to run again. A job that succeeded
 * is not run again (the job run log, {@link JobRuns}, says so).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ClusterJob {

	/** The task's name in scheduled_tasks ("account-issuance"). */
	String name();

}
