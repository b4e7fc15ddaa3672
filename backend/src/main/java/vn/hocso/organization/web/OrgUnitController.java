package vn.hocso.organization.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.organization.domain.OrgTreeQueries;
import vn.hocso.organization.domain.OrgTreeService;
import vn.hocso.organization.domain.OrgTreeService.NewOrgUnit;
import vn.hocso.organization.domain.OrgUnit;
import vn.hocso.organization.web.OrgUnitRequests.CloseRequest;
import vn.hocso.organization.web.OrgUnitRequests.CreateRequest;
import vn.hocso.organization.web.OrgUnitRequests.MergeRequest;
import vn.hocso.organization.web.OrgUnitRequests.MoveRequest;
import vn.hocso.organization.web.OrgUnitRequests.RenameRequest;
import vn.hocso.organization.web.OrgUnitResponses.OrgUnitDetail;
import vn.hocso.organization.web.OrgUnitResponses.OrgUnitNode;

@RestController
@RequestMapping("/api/org-units")
@Tag(name = "Org units")
class OrgUnitController {

	private final OrgTreeQueries queries;

	private final OrgTreeService tree;

	private final OrgUnitResponses responses;

	OrgUnitController(OrgTreeQueries queries, OrgTreeService tree, OrgUnitResponses responses) {
		this.queries = queries;
		this.tree = tree;
		this.responses = responses;
	}

	@GetMapping("/tree")
	@Operation(summary = "The caller's visible subtree (or the part under rootId), as nested nodes")
	List<OrgUnitNode> tree(@RequestParam(required = false) @Nullable Long rootId,
			@RequestParam(defaultValue = "false") boolean includeClosed) {
		return OrgUnitResponses.nest(queries.visibleSubtree(rootId, includeClosed));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One unit with its path from the root and its history")
	OrgUnitDetail unit(@PathVariable long id) {
		return detail(queries.visibleUnit(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a unit under a parent (ADMIN)")
	OrgUnitDetail create(@Valid @RequestBody CreateRequest request) {
		return detail(tree.create(new NewOrgUnit(request.code(), request.name(), request.type(), request.parentId(),
				request.validFrom())));
	}

	@PostMapping("/{id}/rename")
	@Operation(summary = "Rename a unit from a date, keeping the old name in its history (ADMIN)")
	OrgUnitDetail rename(@PathVariable long id, @Valid @RequestBody RenameRequest request) {
		return detail(tree.rename(id, request.name(), request.effectiveDate()));
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "Move a unit and its subtree under another parent from a date (ADMIN)")
	OrgUnitDetail move(@PathVariable long id, @Valid @RequestBody MoveRequest request) {
		return detail(tree.move(id, request.parentId(), request.effectiveDate()));
	}

	@PostMapping("/{id}/merge")
	@Operation(summary = "Merge a unit into another from a date; its open sub-units move to the target (ADMIN)")
	OrgUnitDetail merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
		return detail(tree.merge(id, request.targetId(), request.effectiveDate()));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a unit from a date; it stays readable with its history (ADMIN)")
	OrgUnitDetail close(@PathVariable long id, @Valid @RequestBody CloseRequest request) {
		return detail(tree.close(id, request.effectiveDate(), request.reason()));
	}

	private OrgUnitDetail detail(OrgUnit unit) {
		return responses.detail(unit, queries.pathOf(unit), queries.historyOf(unit));
	}

}
