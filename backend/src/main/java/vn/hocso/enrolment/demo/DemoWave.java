package vn.hocso.enrolment.demo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.domain.Wave;
import vn.hocso.enrolment.domain.WaveClass;
import vn.hocso.enrolment.domain.WaveClassRepository;
import vn.hocso.enrolment.domain.WaveRepository;
import vn.hocso.enrolment.domain.WaveService;
import vn.hocso.enrolment.domain.WaveService.NewWave;

/**
 * A demo wave through the services an ADMIN uses: opened (once, found again by name), the
 * learners enrolled (already enrolled ones are skipped), split into classes per unit, and
 * the classes of a unit subtree given to a trainer. Every step is idempotent; the caller
 * must be a (system) ADMIN.
 */
@Component
public class DemoWave {

	private final WaveService waves;

	private final WaveRepository waveRows;

	private final WaveClassRepository classes;

	DemoWave(WaveService waves, WaveRepository waveRows, WaveClassRepository classes) {
		this.waves = waves;
		this.waveRows = waveRows;
		this.classes = classes;
	}

	/**
	 * What the wave should be; the trainer takes the classes under
	 * {@code trainerUnitPath}.
	 */
	public record Plan(String name, long courseId, LocalDate openingDate, int deadlineWorkingDays, List<Long> unitIds,
			List<Long> learnerIds, int classSize, String trainerUnitPath, String trainerUsername) {
	}

	/** Returns the wave's id. */
	@Transactional
	public long ensure(Plan plan) {
		Wave wave = waveRows.findFirstByNameAndCourseIdOrderByIdAsc(plan.name(), plan.courseId())
			.orElseGet(() -> waves.open(new NewWave(plan.name(), plan.courseId(), plan.openingDate(),
					Math.max(500, plan.learnerIds().size()), plan.deadlineWorkingDays(), plan.unitIds())));
		if (!plan.learnerIds().isEmpty()) {
			waves.enrol(wave.getId(), List.of(), plan.learnerIds());
		}
		waves.splitIntoClasses(wave.getId(), plan.classSize());
		for (WaveClass waveClass : classes.findByWaveIdOrderByNameAsc(wave.getId())) {
			if (waveClass.getTrainerUsername() == null && waveClass.getUnitPath().startsWith(plan.trainerUnitPath())) {
				waves.assignTrainer(waveClass.getId(), waveClass.getName(), plan.trainerUsername());
			}
		}
		return wave.getId();
	}

}
