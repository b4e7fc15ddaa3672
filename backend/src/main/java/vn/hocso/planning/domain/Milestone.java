package vn.hocso.planning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An intermediate target: 70% by 2025 on the way to 90% by 2030. */
@Embeddable
public record Milestone(@Column(name = "due", nullable = false) LocalDate due,
		@Column(name = "target_value", nullable = false, precision = 14, scale = 2) BigDecimal target) {
}
