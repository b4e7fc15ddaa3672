package vn.hocso.learner.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.domain.Gender;
import vn.hocso.learner.domain.Learner;
import vn.hocso.learner.domain.LearnerDetails;
import vn.hocso.learner.domain.LearnerRegistry;
import vn.hocso.learner.domain.LearnerRepository;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;

/**
 * Registers the demo learners through the registry an ADMIN uses (history written as in
 * real use). Idempotent: a learner whose citizen id is already registered is found, not
 * created again.
 */
@Component
public class DemoLearners {

	private final LearnerRegistry registry;

	private final LearnerRepository learners;

	private final OrgUnitDirectory units;

	DemoLearners(LearnerRegistry registry, LearnerRepository learners, OrgUnitDirectory units) {
		this.registry = registry;
		this.learners = learners;
		this.units = units;
	}

	/** One demo official as the seed file describes them. */
	public record SeedLearner(String fullName, @Nullable LocalDate dateOfBirth, @Nullable String gender,
			String citizenId, String unitCode, LearnerCategory category, @Nullable String position) {
	}

	/**
	 * A registered demo learner; {@code created} is false when they were there already.
	 */
	public record Registered(long learnerId, String citizenId, long unitId, String unitPath, boolean created) {
	}

	/**
	 * Registers the missing ones (the caller must be allowed to, e.g. a system ADMIN) and
	 * returns them all, in order.
	 */
	@Transactional
	public List<Registered> register(List<SeedLearner> seed, LocalDate validFrom) {
		List<Registered> registered = new ArrayList<>();
		for (SeedLearner one : seed) {
			var existing = learners.findByCitizenId(one.citizenId());
			if (existing.isPresent()) {
				registered.add(registered(existing.get(), false));
				continue;
			}
			OrgUnitSummary unit = units.findSummaryByCode(one.unitCode())
				.orElseThrow(() -> new IllegalStateException("No demo unit " + one.unitCode()));
			Learner learner = registry.create(new LearnerDetails(one.fullName(), one.dateOfBirth(),
					one.gender() == null ? null : Gender.valueOf(one.gender()), one.citizenId(), null, null,
					one.category(), one.position()), unit.id(), validFrom);
			registered.add(registered(learner, true));
		}
		return registered;
	}

	private static Registered registered(Learner learner, boolean created) {
		return new Registered(learner.getId(), learner.getCitizenId() == null ? "" : learner.getCitizenId(),
				learner.getUnitId(), learner.getUnitPath(), created);
	}

}
