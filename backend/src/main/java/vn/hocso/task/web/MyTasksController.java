package vn.hocso.task.web;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.identity.Caller;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.task.Task;
import vn.hocso.task.TaskSource;

@RestController
@Tag(name = "Tasks")
class MyTasksController {

	private final CurrentCaller currentCaller;

	private final List<TaskSource> sources;

	MyTasksController(CurrentCaller currentCaller, List<TaskSource> sources) {
		this.currentCaller = currentCaller;
		this.sources = sources;
	}

	@GetMapping("/api/me/tasks")
	@PreAuthorize("hasAnyRole('ADMIN','REPORTER','VERIFIER','UNIT_ADMIN','TRAINER')")
	@Operation(summary = "The caller's work waiting, per staff role: counts within the caller's org-unit subtree "
			+ "(or classes) and the page of the app that lists each; learners are refused (403)")
	MyTasksResponse myTasks() {
		Caller caller = currentCaller.get();
		List<Task> tasks = sources.stream()
			.filter(source -> caller.has(source.role()))
			.sorted(Comparator.comparing(TaskSource::role))
			.flatMap(source -> source.tasks().stream())
			.toList();
		return new MyTasksResponse(tasks);
	}

	record MyTasksResponse(List<Task> tasks) {
	}

}
