package vn.hocso.account.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.account.domain.LearnerAccountService;
import vn.hocso.account.web.AccountWeb.AccountView;
import vn.hocso.account.web.AccountWeb.ResetView;

@RestController
@RequestMapping("/api/learner-accounts")
@Tag(name = "Learner accounts")
class LearnerAccountController {

	private final LearnerAccountService accounts;

	LearnerAccountController(LearnerAccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'UNIT_ADMIN', 'TRAINER')")
	@Operation(
			summary = "The account state (ISSUED, ACTIVATED, EXPIRED, DISABLED) of each listed learner in the caller's "
					+ "scope, at most 200; learners outside the scope or without an account are left out")
	List<AccountView> states(@RequestParam List<Long> learnerIds) {
		return accounts.statesOf(learnerIds).stream().map(AccountView::of).toList();
	}

	@PostMapping("/{learnerId}/reset")
	@PreAuthorize("@accessPolicy.may('ACCOUNT_RESET')")
	@Operation(summary = "A new activation code (returned once), the old one and all sessions end")
	ResponseEntity<ResetView> reset(@PathVariable long learnerId) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(ResetView.of(accounts.reset(learnerId)));
	}

	@PostMapping("/{learnerId}/disable")
	@PreAuthorize("@accessPolicy.may('ACCOUNT_DISABLE')")
	@Operation(summary = "Disable the learner's account and end its sessions")
	AccountView disable(@PathVariable long learnerId) {
		return AccountView.of(accounts.disable(learnerId));
	}

	@PostMapping("/{learnerId}/enable")
	@PreAuthorize("@accessPolicy.may('ACCOUNT_DISABLE')")
	@Operation(summary = "Enable the learner's account again")
	AccountView enable(@PathVariable long learnerId) {
		return AccountView.of(accounts.enable(learnerId));
	}

}
