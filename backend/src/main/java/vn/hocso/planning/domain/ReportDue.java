package vn.hocso.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A fixed report due date of a plan: MONTHLY ({@code dueDay} "05", the day of the
 * following month) or YEARLY ({@code dueDay} "30/11").
 */
@Embeddable
public record ReportDue(@Column(name = "kind", nullable = false, length = 16) String kind,
		@Column(name = "due_day", nullable = false, length = 5) String dueDay,
		@Column(name = "recipient", nullable = false) String recipient) {
}
