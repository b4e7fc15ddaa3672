package vn.hocso.learner.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.domain.Learner;
import vn.hocso.learner.domain.LearnerRegistry;
import vn.hocso.learner.domain.LearnerStatus;
import vn.hocso.learner.web.LearnerRequests.LeaveRequest;
import vn.hocso.learner.web.LearnerRequests.LearnerRequest;
import vn.hocso.learner.web.LearnerRequests.MoveRequest;
import vn.hocso.learner.web.LearnerResponses.HistoryEntry;
import vn.hocso.learner.web.LearnerResponses.LearnerItem;
import vn.hocso.learner.web.LearnerResponses.PageOf;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;

@RestController
@RequestMapping("/api/learners")
@Tag(name = "Learners")
// The register holds dates of birth and identity numbers: no trainer (their classes come
// with the dashboards).
@PreAuthorize("@accessPolicy.may('LEARNER_RECORDS')")
class LearnerController {

	private static final String WRITERS = "hasAnyRole('ADMIN', 'UNIT_ADMIN')";

	private final LearnerRegistry registry;

	private final OrgUnitDirectory units;

	LearnerController(LearnerRegistry registry, OrgUnitDirectory units) {
		this.registry = registry;
		this.units = units;
	}

	@GetMapping
	@Operation(
			summary = "Search learners in the caller's subtree (or a unit's subtree): name without diacritics, CCCD or phone; paged")
	PageOf<LearnerItem> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable LearnerCategory category,
			@RequestParam(required = false) @Nullable LearnerStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 500), Sort.by("searchName", "id"));
		Page<Learner> found = registry.search(q, unitId, category, status, request);
		Map<Long, String> names = new HashMap<>();
		List<LearnerItem> items = found.getContent()
			.stream()
			.map(learner -> LearnerItem.of(learner,
					names.computeIfAbsent(learner.getUnitId(),
							id -> units.find(id).map(OrgUnitSummary::name).orElse(null))))
			.toList();
		return PageOf.of(found, items);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One learner")
	LearnerItem learner(@PathVariable long id) {
		return item(registry.get(id));
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "A learner's history: created, updated (before → after), moved, left; who and when")
	List<HistoryEntry> history(@PathVariable long id) {
		return registry.history(id).stream().map(HistoryEntry::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(WRITERS)
	@Operation(summary = "Register a learner in a unit of the caller's subtree (UNIT_ADMIN, ADMIN)")
	LearnerItem create(@Valid @RequestBody LearnerRequest request) {
		return item(registry.create(request.details(), request.unitId(), request.validFrom()));
	}

	@PutMapping("/{id}")
	@PreAuthorize(WRITERS)
	@Operation(summary = "Correct a learner's details; the unit changes only through move (UNIT_ADMIN, ADMIN)")
	LearnerItem update(@PathVariable long id, @Valid @RequestBody LearnerRequest request) {
		return item(registry.update(id, request.details()));
	}

	@PostMapping("/{id}/move")
	@PreAuthorize(WRITERS)
	@Operation(summary = "Move a learner to another unit of the caller's subtree from a date (UNIT_ADMIN, ADMIN)")
	LearnerItem move(@PathVariable long id, @Valid @RequestBody MoveRequest request) {
		return item(registry.move(id, request.unitId(), request.effectiveDate()));
	}

	@PostMapping("/{id}/leave")
	@PreAuthorize(WRITERS)
	@Operation(summary = "Record that a learner left from a date, with a reason (UNIT_ADMIN, ADMIN)")
	LearnerItem leave(@PathVariable long id, @Valid @RequestBody LeaveRequest request) {
		return item(registry.leave(id, request.effectiveDate(), request.reason()));
	}

	private LearnerItem item(Learner learner) {
		return LearnerItem.of(learner, units.find(learner.getUnitId()).map(OrgUnitSummary::name).orElse(null));
	}

}
