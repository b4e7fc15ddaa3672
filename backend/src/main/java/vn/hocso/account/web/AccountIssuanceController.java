package vn.hocso.account.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.account.domain.AccountIssuanceService;
import vn.hocso.account.domain.AccountProperties;
import vn.hocso.account.domain.AccountSheets;
import vn.hocso.account.document.PdfAccountSheet;
import vn.hocso.account.document.XlsxAccountSheet;
import vn.hocso.account.web.AccountWeb.IssuanceRequest;
import vn.hocso.account.web.AccountWeb.ItemView;
import vn.hocso.account.web.AccountWeb.JobView;

@RestController
@RequestMapping("/api/account-issuances")
@Tag(name = "Learner accounts")
@PreAuthorize("@accessPolicy.may('ACCOUNT_SHEETS')")
class AccountIssuanceController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AccountIssuanceService issuances;

	private final AccountSheets sheets;

	private final AccountProperties properties;

	private final MessageSource messages;

	AccountIssuanceController(AccountIssuanceService issuances, AccountSheets sheets, AccountProperties properties,
			MessageSource messages) {
		this.messages = messages;
		this.issuances = issuances;
		this.sheets = sheets;
		this.properties = properties;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Issue accounts for a unit's subtree or for listed learners, in the background")
	JobView start(@RequestBody IssuanceRequest request) {
		return JobView.of(issuances.start(request.unitId(), request.learnerIds()));
	}

	@GetMapping
	@Operation(summary = "Recent issuance jobs within the caller's scope, newest first")
	List<JobView> recent() {
		return issuances.recentJobs().stream().map(JobView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A job's progress")
	JobView job(@PathVariable long id) {
		return JobView.of(issuances.job(id));
	}

	@PostMapping("/{id}/retry")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Issue again for the learners whose account failed in a finished job; a job is retried once "
			+ "(asking again answers the same retry job)")
	JobView retry(@PathVariable long id) {
		return JobView.of(issuances.retry(id));
	}

	@GetMapping("/{id}/items")
	@Operation(summary = "What happened to each learner of a job (created, already had an account, failed with a code "
			+ "and a message in the caller's language)")
	List<ItemView> items(@PathVariable long id) {
		Locale locale = LocaleContextHolder.getLocale();
		var list = issuances.items(id);
		var learners = issuances.learnersOf(list);
		return list.stream()
			.map(item -> ItemView.of(item, learners.get(item.getLearnerId()), messages, locale))
			.toList();
	}

	@GetMapping("/{id}/sheet.xlsx")
	@Operation(summary = "The account sheet of a job as a workbook, with activation codes")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxAccountSheet.write(sheets.lines(id, null), properties.loginUrl(), out);
		return download(out.toByteArray(), XLSX, "tai-khoan-" + id + ".xlsx");
	}

	@GetMapping("/{id}/sheet.pdf")
	@Operation(summary = "Printable A4 cut-out cards with activation codes, for one unit (or the whole job)")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) @Nullable Long unitId)
			throws IOException {
		String heading = unitId == null ? "Đợt cấp #" + id : sheets.unit(id, unitId).name();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfAccountSheet.write(heading, sheets.lines(id, unitId), properties.loginUrl(), out);
		String name = "tai-khoan-" + id + (unitId == null ? "" : "-" + unitId) + ".pdf";
		return download(out.toByteArray(), MediaType.APPLICATION_PDF, name);
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			// Activation codes: never cached by a browser or a proxy.
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
