package vn.hocso.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A unit subtree a wave covers; its path is kept in step with the tree (OrgUnitMoved).
 */
@Entity
@Table(name = "wave_unit")
public class WaveUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wave_unit_seq")
	@SequenceGenerator(name = "wave_unit_seq", sequenceName = "wave_unit_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "wave_id", nullable = false)
	private long waveId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	protected WaveUnit() {
		this.unitPath = "";
	}

	public WaveUnit(long waveId, long unitId, String unitPath) {
		this.waveId = waveId;
		this.unitId = unitId;
		this.unitPath = unitPath;
	}

	public long getWaveId() {
		return waveId;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	/** True when a unit with this path lies inside the covered subtree. */
	public boolean covers(String path) {
		return path.startsWith(unitPath);
	}

}
