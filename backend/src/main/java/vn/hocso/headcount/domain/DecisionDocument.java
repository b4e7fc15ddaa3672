package vn.hocso.headcount.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The unit's decision (quyết định) backing a declaration: a PDF stored by its SHA-256.
 */
@Embeddable
public record DecisionDocument(@Column(name = "document_sha256", length = 64) String sha256,
		@Column(name = "document_name") String fileName, @Column(name = "document_size") long size,
		@Column(name = "document_uploaded_at") Instant uploadedAt) {
}
