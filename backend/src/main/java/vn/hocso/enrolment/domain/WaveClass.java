package vn.hocso.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A class of a wave (~36 learners) guided by one focal-point trainer. */
@Entity
@Table(name = "wave_class")
public class WaveClass {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wave_class_seq")
	@SequenceGenerator(name = "wave_class_seq", sequenceName = "wave_class_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "wave_id", nullable = false)
	private long waveId;

	@Column(nullable = false)
	private String name;

	/** The unit the class was split from; scoping of the class follows it. */
	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	@Column(name = "trainer_username")
	private @Nullable String trainerUsername;

	/**
	 * The trainer's name when assigned (null if the directory did not know it); shown
	 * instead of the username.
	 */
	@Column(name = "trainer_display_name")
	private @Nullable String trainerDisplayName;

	@Version
	private long version;

	protected WaveClass() {
		this.name = "";
		this.unitPath = "";
	}

	public WaveClass(long waveId, String name, String unitPath) {
		this.waveId = waveId;
		this.name = name;
		this.unitPath = unitPath;
	}

	public void assign(String name, @Nullable String trainerUsername) {
		assign(name, trainerUsername, null);
	}

	public void assign(String name, @Nullable String trainerUsername, @Nullable String trainerDisplayName) {
		this.name = name;
		this.trainerUsername = trainerUsername == null || trainerUsername.isBlank() ? null : trainerUsername.strip();
		this.trainerDisplayName = this.trainerUsername == null ? null : trainerDisplayName;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Class not stored yet");
		}
		return id;
	}

	public long getWaveId() {
		return waveId;
	}

	public String getName() {
		return name;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public @Nullable String getTrainerUsername() {
		return trainerUsername;
	}

	public @Nullable String getTrainerDisplayName() {
		return trainerDisplayName;
	}

}
