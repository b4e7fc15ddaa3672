package vn.hocso.training.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One class of a programme (lớp tập huấn): a venue, a first day, a number of seats and
 * its teachers (the IT centre's staff, by Keycloak username). An area path, when set, is
 * where its seats go first.
 */
@Entity
@Table(name = "training_class")
public class TrainingClass {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_class_seq")
	@SequenceGenerator(name = "training_class_seq", sequenceName = "training_class_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "programme_id", nullable = false)
	private long programmeId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, length = 500)
	private String venue;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(nullable = false)
	private int seats;

	@Column(name = "area_unit_path", length = 1024)
	private @Nullable String areaUnitPath;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "training_class_teacher", joinColumns = @JoinColumn(name = "class_id"))
	@Column(name = "username", nullable = false)
	private Set<String> teachers = new LinkedHashSet<>();

	@Version
	private long version;

	protected TrainingClass() {
		this.name = "";
		this.venue = "";
		this.startDate = LocalDate.EPOCH;
	}

	public TrainingClass(long programmeId, String name, String venue, LocalDate startDate, int seats,
			@Nullable String areaUnitPath, Set<String> teachers) {
		this.programmeId = programmeId;
		this.name = name.strip();
		this.venue = venue.strip();
		this.startDate = startDate;
		this.seats = seats;
		this.areaUnitPath = areaUnitPath;
		teachers.forEach(t -> this.teachers.add(t.strip()));
	}

	public boolean isTaughtBy(String username) {
		return teachers.contains(username);
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	public long getProgrammeId() {
		return programmeId;
	}

	public String getName() {
		return name;
	}

	public String getVenue() {
		return venue;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public int getSeats() {
		return seats;
	}

	public @Nullable String getAreaUnitPath() {
		return areaUnitPath;
	}

	public Set<String> getTeachers() {
		return Set.copyOf(teachers);
	}

}
