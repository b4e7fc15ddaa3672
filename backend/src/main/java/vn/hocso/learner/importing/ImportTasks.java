package vn.hocso.learner.importing;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.Role;
import vn.hocso.task.Task;
import vn.hocso.task.TaskSource;

/**
 * A unit's organiser's staff lists that were checked but never saved (issue 14): an
 * import is the uploader's own until it is committed, so it is counted by uploader, not
 * by unit.
 */
@Component
class ImportTasks implements TaskSource {

	private final LearnerImportRepository imports;

	private final CurrentCaller caller;

	ImportTasks(LearnerImportRepository imports, CurrentCaller caller) {
		this.imports = imports;
		this.caller = caller;
	}

	@Override
	public Role role() {
		return Role.UNIT_ADMIN;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks() {
		long toFinish = imports.countByUploadedByAndStatus(caller.get().username(), LearnerImport.Status.VALIDATED);
		return List.of(new Task("imports-to-finish", Role.UNIT_ADMIN, toFinish, "/learners/import"));
	}

}
