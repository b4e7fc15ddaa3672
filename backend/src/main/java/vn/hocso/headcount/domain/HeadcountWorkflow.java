package vn.hocso.headcount.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.headcount.HeadcountEvents.HeadcountApproved;
import vn.hocso.headcount.HeadcountEvents.HeadcountReturned;
import vn.hocso.headcount.domain.HeadcountAudit.Snapshot;
import vn.hocso.headcount.domain.HeadcountAuditEntry.Action;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitStatus;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;

/**
 * Changes to declarations, each checked against the caller's role and scope, audited, and
 * (for decisions) published, in one transaction. Units declare (UNIT_ADMIN, ADMIN); Sở
 * Nội vụ decides (VERIFIER): a verifier never edits a figure and a unit never approves
 * its own.
 */
@Service
@Transactional
public class HeadcountWorkflow {

	private static final String DECLARES = "hasAnyRole('UNIT_ADMIN', 'ADMIN')";

	private static final String VERIFIES = "hasRole('VERIFIER')";

	private final HeadcountDeclarationRepository declarations;

	private final HeadcountAudit audit;

	private final DocumentStore documents;

	private final OrgScopes scopes;

	private final CurrentCaller currentCaller;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HeadcountWorkflow(HeadcountDeclarationRepository declarations, HeadcountAudit audit, DocumentStore documents,
			OrgScopes scopes, CurrentCaller currentCaller, ApplicationEventPublisher events, Clock clock) {
		this.declarations = declarations;
		this.audit = audit;
		this.documents = documents;
		this.scopes = scopes;
		this.currentCaller = currentCaller;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize(DECLARES)
	public HeadcountDeclaration declare(long unitId, String period, Map<LearnerCategory, Long> counts,
			@Nullable String note) {
		OrgUnitSummary unit = scopes.requireVisible(unitId);
		if (unit.status() != OrgUnitStatus.ACTIVE) {
			throw ProblemException.conflict("headcount.unit-not-active", unit.code());
		}
		HeadcountDeclaration.requirePeriod(period);
		declarations.findByUnitIdAndPeriodOrderByRevisionDesc(unitId, period).stream().findFirst().ifPresent(latest -> {
			throw ProblemException.conflict("headcount.already-declared", unit.code(), period,
					String.valueOf(latest.getId()));
		});
		HeadcountDeclaration declaration = declarations
			.save(new HeadcountDeclaration(unitId, unit.path(), period, counts, note, actor(), now()));
		audit.record(declaration, Action.CREATED, actor(), now(), null, null);
		return declaration;
	}

	@PreAuthorize(DECLARES)
	public HeadcountDeclaration edit(long id, long expectedVersion, Map<LearnerCategory, Long> counts,
			@Nullable String note) {
		HeadcountDeclaration declaration = visible(id);
		if (declaration.getVersion() != expectedVersion) {
			throw ProblemException.conflict("headcount.stale", String.valueOf(id));
		}
		Snapshot before = Snapshot.of(declaration);
		declaration.edit(counts, note);
		return saved(declaration, Action.EDITED, before, null);
	}

	@PreAuthorize(DECLARES)
	public HeadcountDeclaration attachDocument(long id, String fileName, byte[] content) {
		HeadcountDeclaration declaration = visible(id);
		Snapshot before = Snapshot.of(declaration);
		String sha256 = documents.store(content);
		declaration.attach(new DecisionDocument(sha256, fileName, content.length, now()));
		return saved(declaration, Action.DOCUMENT_ATTACHED, before, null);
	}

	@PreAuthorize(DECLARES)
	public HeadcountDeclaration submit(long id) {
		HeadcountDeclaration declaration = visible(id);
		Snapshot before = Snapshot.of(declaration);
		declaration.submit(actor(), now());
		return saved(declaration, Action.SUBMITTED, before, null);
	}

	@PreAuthorize(VERIFIES)
	public HeadcountDeclaration approve(long id) {
		HeadcountDeclaration declaration = visible(id);
		Snapshot before = Snapshot.of(declaration);
		declaration.approve(actor(), now());
		// The figure it revises stops being the denominator only now, in the same
		// transaction.
		for (HeadcountDeclaration other : declarations.findByUnitIdAndPeriodOrderByRevisionDesc(declaration.getUnitId(),
				declaration.getPeriod())) {
			if (other.getId() != id && other.getStatus() == DeclarationStatus.APPROVED) {
				Snapshot otherBefore = Snapshot.of(other);
				other.supersede();
				saved(other, Action.SUPERSEDED, otherBefore, null);
			}
		}
		HeadcountDeclaration approved = saved(declaration, Action.APPROVED, before, null);
		events.publishEvent(new HeadcountApproved(id, approved.getUnitId(), approved.getPeriod()));
		return approved;
	}

	@PreAuthorize(VERIFIES)
	public HeadcountDeclaration returnForCorrection(long id, String reason) {
		HeadcountDeclaration declaration = visible(id);
		Snapshot before = Snapshot.of(declaration);
		declaration.returnForCorrection(actor(), reason, now());
		HeadcountDeclaration returned = saved(declaration, Action.RETURNED, before, declaration.getReturnReason());
		events.publishEvent(new HeadcountReturned(id, returned.getUnitId(), returned.getPeriod(),
				String.valueOf(returned.getReturnReason())));
		return returned;
	}

	@PreAuthorize(DECLARES)
	public HeadcountDeclaration openRevision(long id) {
		HeadcountDeclaration approved = visible(id);
		boolean revisionOpen = declarations
			.findByUnitIdAndPeriodOrderByRevisionDesc(approved.getUnitId(), approved.getPeriod())
			.stream()
			.anyMatch(other -> other.getStatus().isOpen());
		if (revisionOpen) {
			throw ProblemException.conflict("headcount.revision-open", approved.getPeriod());
		}
		HeadcountDeclaration revision = declarations.save(approved.openRevision(actor(), now()));
		audit.record(revision, Action.REVISION_OPENED, actor(), now(), Snapshot.of(approved), null);
		return revision;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(HeadcountReads.READS)
	public byte[] document(long id) {
		DecisionDocument document = visible(id).getDocument();
		if (document == null) {
			throw ProblemException.notFound("headcount.no-document", String.valueOf(id));
		}
		return documents.read(document.sha256());
	}

	private HeadcountDeclaration visible(long id) {
		HeadcountDeclaration declaration = declarations.findById(id)
			.orElseThrow(() -> ProblemException.notFound("headcount.not-found", String.valueOf(id)));
		scopes.requireVisible(declaration.getUnitId());
		return declaration;
	}

	private HeadcountDeclaration saved(HeadcountDeclaration declaration, Action action, Snapshot before,
			@Nullable String reason) {
		HeadcountDeclaration saved;
		try {
			saved = declarations.saveAndFlush(declaration);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw ProblemException.conflict("headcount.stale", String.valueOf(declaration.getId()));
		}
		audit.record(saved, action, actor(), now(), before, reason);
		return saved;
	}

	private String actor() {
		return currentCaller.get().username();
	}

	private Instant now() {
		return clock.instant();
	}

}
