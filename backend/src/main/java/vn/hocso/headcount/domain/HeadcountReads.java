package vn.hocso.headcount.domain;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.platform.ProblemException;

/**
 * Reading declarations and their audit, within the caller's scope; trainers and learners
 * see none.
 */
@Service
@Transactional(readOnly = true)
public class HeadcountReads {

	static final String READS = "hasAnyRole('ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN')";

	private final HeadcountDeclarationRepository declarations;

	private final HeadcountAuditRepository auditEntries;

	private final OrgScopes scopes;

	HeadcountReads(HeadcountDeclarationRepository declarations, HeadcountAuditRepository auditEntries,
			OrgScopes scopes) {
		this.declarations = declarations;
		this.auditEntries = auditEntries;
		this.scopes = scopes;
	}

	/**
	 * Declarations of the caller's subtree, or of the subtree of {@code unitId}, every
	 * revision.
	 */
	@PreAuthorize(READS)
	public List<HeadcountDeclaration> list(@Nullable String period, @Nullable Long unitId,
			@Nullable DeclarationStatus status) {
		if (period != null) {
			HeadcountDeclaration.requirePeriod(period);
		}
		List<String> roots = unitId == null ? scopes.current().rootPaths()
				: List.of(scopes.requireVisible(unitId).path());
		List<HeadcountDeclaration> found = new ArrayList<>();
		for (String root : roots) {
			found.addAll(declarations.findInSubtree(root, period, DeclarationStatus.onlyOrAll(status)));
		}
		return found;
	}

	@PreAuthorize(READS)
	public HeadcountDeclaration get(long id) {
		HeadcountDeclaration declaration = declarations.findById(id)
			.orElseThrow(() -> ProblemException.notFound("headcount.not-found", String.valueOf(id)));
		scopes.requireVisible(declaration.getUnitId());
		return declaration;
	}

	@PreAuthorize(READS)
	public List<HeadcountAuditEntry> audit(long id) {
		get(id);
		return auditEntries.findByDeclarationIdOrderByIdAsc(id);
	}

	/** The caller's visible roots, for the reconciliation. */
	@PreAuthorize(READS)
	public OrgScope scope() {
		return scopes.current();
	}

}
