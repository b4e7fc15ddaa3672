package vn.hocso.headcount.domain;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hocso.identity.Role;
import vn.hocso.task.Task;
import vn.hocso.task.TaskSource;

/**
 * Headcount work on a staff home (issue 14), counted within the caller's scope by
 * {@link HeadcountReads}.
 */
final class HeadcountTasks {

	private HeadcountTasks() {
	}

	/** Sở Nội vụ: declarations submitted and waiting for a decision. */
	@Component
	static class ForVerifier implements TaskSource {

		private final HeadcountReads reads;

		ForVerifier(HeadcountReads reads) {
			this.reads = reads;
		}

		@Override
		public Role role() {
			return Role.VERIFIER;
		}

		@Override
		public List<Task> tasks() {
			long waiting = reads.list(null, null, DeclarationStatus.SUBMITTED).size();
			return List.of(new Task("headcounts-waiting", Role.VERIFIER, waiting, "/headcounts?status=SUBMITTED"));
		}

	}

	/**
	 * A unit's organiser: drafts not yet submitted and declarations returned for
	 * correction.
	 */
	@Component
	static class ForUnitAdmin implements TaskSource {

		private final HeadcountReads reads;

		ForUnitAdmin(HeadcountReads reads) {
			this.reads = reads;
		}

		@Override
		public Role role() {
			return Role.UNIT_ADMIN;
		}

		@Override
		public List<Task> tasks() {
			long toDeclare = (long) reads.list(null, null, DeclarationStatus.DRAFT).size()
					+ reads.list(null, null, DeclarationStatus.RETURNED).size();
			return List.of(new Task("headcounts-to-declare", Role.UNIT_ADMIN, toDeclare, "/headcounts"));
		}

	}

}
