package vn.hocso.planning.domain;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Every planning write, who made it and when; written in the write's own transaction. */
@Component
public class PlanningAudit {

	private final PlanningAuditRepository entries;

	private final Clock clock;

	PlanningAudit(PlanningAuditRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	public void record(String subject, long subjectId, String action, String actor, @Nullable String detail) {
		entries.save(new PlanningAuditEntry(subject, subjectId, action, actor, clock.instant(), detail));
	}

	public List<PlanningAuditEntry> of(String subject, long subjectId) {
		return entries.findBySubjectAndSubjectIdOrderByRecordedAtAscIdAsc(subject, subjectId);
	}

}
