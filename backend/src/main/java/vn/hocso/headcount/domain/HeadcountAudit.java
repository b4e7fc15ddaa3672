package vn.hocso.headcount.domain;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.hocso.headcount.domain.HeadcountAuditEntry.Action;
import vn.hocso.learner.LearnerCategory;

/**
 * Writes the audit trail: each change with the declaration's state before and after it,
 * as JSON.
 */
@Component
public class HeadcountAudit {

	private final HeadcountAuditRepository entries;

	private final JsonMapper json;

	HeadcountAudit(HeadcountAuditRepository entries, JsonMapper json) {
		this.entries = entries;
		this.json = json;
	}

	/** What the audit keeps of a declaration's state. */
	public record Snapshot(DeclarationStatus status, int revision, Map<LearnerCategory, Long> counts,
			@Nullable String note, @Nullable String returnReason, @Nullable String documentSha256,
			@Nullable String documentName) {

		public static Snapshot of(HeadcountDeclaration declaration) {
			DecisionDocument document = declaration.getDocument();
			return new Snapshot(declaration.getStatus(), declaration.getRevision(), declaration.getCounts(),
					declaration.getNote(), declaration.getReturnReason(), document == null ? null : document.sha256(),
					document == null ? null : document.fileName());
		}

	}

	void record(HeadcountDeclaration declaration, Action action, String actor, Instant at, @Nullable Snapshot before,
			@Nullable String reason) {
		entries.save(new HeadcountAuditEntry(declaration.getId(), action, actor, at, write(before),
				write(Snapshot.of(declaration)), reason));
	}

	private @Nullable String write(@Nullable Snapshot snapshot) {
		return snapshot == null ? null : json.writeValueAsString(snapshot);
	}

}
