package vn.hocso.openlearning.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A short code printed on posters for one commune: {@code /q/<code>} opens the target and
 * counts one open for that commune. One code per (target, commune), so reprinting a
 * poster reprints the same code.
 */
@Entity
@Table(name = "qr_code")
public class QrCode {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qr_code_seq")
	@SequenceGenerator(name = "qr_code_seq", sequenceName = "qr_code_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 12)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_type", nullable = false, length = 16)
	private QrTarget targetType;

	@Column(name = "target_ref", nullable = false, length = 80)
	private String targetRef;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected QrCode() {
		this.code = "";
		this.targetType = QrTarget.MATERIAL;
		this.targetRef = "";
		this.unitPath = "";
		this.createdAt = Instant.EPOCH;
	}

	QrCode(String code, QrTarget targetType, String targetRef, long unitId, String unitPath, Instant createdAt) {
		this.code = code;
		this.targetType = targetType;
		this.targetRef = targetRef;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.createdAt = createdAt;
	}

	public String targetPath() {
		return targetType.path(targetRef);
	}

	public long getId() {
		return Objects.requireNonNull(id);
	}

	public String getCode() {
		return code;
	}

	public QrTarget getTargetType() {
		return targetType;
	}

	public String getTargetRef() {
		return targetRef;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

}
