package vn.hocso.headcount.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hocso.headcount.domain.DeclarationStatus;
import vn.hocso.headcount.domain.HeadcountDeclaration;
import vn.hocso.headcount.domain.HeadcountReads;
import vn.hocso.headcount.domain.HeadcountReconciliation;
import vn.hocso.headcount.domain.HeadcountWorkflow;
import vn.hocso.headcount.web.HeadcountRequests.DeclareRequest;
import vn.hocso.headcount.web.HeadcountRequests.EditRequest;
import vn.hocso.headcount.web.HeadcountRequests.ReturnRequest;
import vn.hocso.headcount.web.HeadcountResponses.AuditEntryView;
import vn.hocso.headcount.web.HeadcountResponses.DeclarationView;
import vn.hocso.headcount.web.HeadcountResponses.Reconciliation;

@RestController
@RequestMapping("/api/headcounts")
@Tag(name = "Headcounts")
class HeadcountController {

	private final HeadcountWorkflow workflow;

	private final HeadcountReads reads;

	private final HeadcountReconciliation reconciliation;

	private final HeadcountResponses responses;

	HeadcountController(HeadcountWorkflow workflow, HeadcountReads reads, HeadcountReconciliation reconciliation,
			HeadcountResponses responses) {
		this.workflow = workflow;
		this.reads = reads;
		this.reconciliation = reconciliation;
		this.responses = responses;
	}

	@GetMapping
	@Operation(
			summary = "Declarations in the caller's scope (or under unitId), every revision, filtered by period and status")
	List<DeclarationView> list(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable DeclarationStatus status) {
		return reads.list(period, unitId, status).stream().map(responses::declaration).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Declare a unit's headcount per category for a plan year, as a draft (UNIT_ADMIN, ADMIN)")
	DeclarationView declare(@Valid @RequestBody DeclareRequest request) {
		return view(workflow.declare(request.unitId(), request.period(), request.counts(), request.note()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One declaration")
	DeclarationView get(@PathVariable long id) {
		return view(reads.get(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a draft or returned declaration's counts and note (UNIT_ADMIN, ADMIN)")
	DeclarationView edit(@PathVariable long id, @Valid @RequestBody EditRequest request) {
		return view(workflow.edit(id, request.version(), request.counts(), request.note()));
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit a declaration to Sở Nội vụ for verification (UNIT_ADMIN, ADMIN)")
	DeclarationView submit(@PathVariable long id) {
		return view(workflow.submit(id));
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve a submitted declaration: it becomes the denominator (VERIFIER)")
	DeclarationView approve(@PathVariable long id) {
		return view(workflow.approve(id));
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Return a submitted declaration to the unit with a reason (VERIFIER)")
	DeclarationView returnForCorrection(@PathVariable long id, @Valid @RequestBody ReturnRequest request) {
		return view(workflow.returnForCorrection(id, request.reason()));
	}

	@PostMapping("/{id}/revision")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Open a revision of an approved declaration, as a new draft; the approved one stays the denominator until the revision is approved (UNIT_ADMIN, ADMIN)")
	DeclarationView openRevision(@PathVariable long id) {
		return view(workflow.openRevision(id));
	}

	@PutMapping(path = "/{id}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Attach the decision document (PDF, part \"file\") to a draft or returned declaration (UNIT_ADMIN, ADMIN)")
	DeclarationView attachDocument(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "quyet-dinh.pdf"
				: file.getOriginalFilename();
		return view(workflow.attachDocument(id, name, file.getBytes()));
	}

	@GetMapping("/{id}/document")
	@Operation(summary = "The declaration's decision document (PDF)")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		HeadcountDeclaration declaration = reads.get(id);
		byte[] content = workflow.document(id);
		String fileName = declaration.getDocument() == null ? "quyet-dinh.pdf" : declaration.getDocument().fileName();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	@GetMapping("/{id}/audit")
	@Operation(summary = "Every change to the declaration: who, when, action, state before and after, reason")
	List<AuditEntryView> audit(@PathVariable long id) {
		return reads.audit(id).stream().map(responses::auditEntry).toList();
	}

	@GetMapping("/reconciliation")
	@Operation(
			summary = "Per unit in the subtree: approved and pending declaration, registered learners, discrepancies; enrolled and accounts issued not yet available")
	Reconciliation reconciliation(@RequestParam String period, @RequestParam(required = false) @Nullable Long unitId) {
		return responses.reconciliation(period, reconciliation.reconcile(period, unitId));
	}

	private DeclarationView view(HeadcountDeclaration declaration) {
		return responses.declaration(declaration);
	}

}
