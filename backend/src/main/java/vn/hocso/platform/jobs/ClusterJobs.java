package vn.hocso.platform.jobs;

/** Queues background jobs for the cluster: exactly one node runs each, once. */
public interface ClusterJobs {

	/**
	 * Queues the {@link ClusterJob} of this name for this id, unless it is queued or
	 * running already.
	 */
	void submit(String name, String id);

	/** Queues the {@link ClusterJob} of this name for this numeric id. */
	default void submit(String name, long id) {
		submit(name, Long.toString(id));
	}

}
