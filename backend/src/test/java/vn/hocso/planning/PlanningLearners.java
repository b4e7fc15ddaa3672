package vn.hocso.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

import vn.hocso.course.CourseCatalog;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMerged;
import vn.hocso.organization.OrgUnitSummary;

/**
 * The learner registry as planning sees it, in memory, with categories; like the learner
 * module, it moves a merged unit's learners into the unit it merged into.
 */
public class PlanningLearners implements LearnerDirectory {

	private final Map<Long, LearnerSummary> learners = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000 * 1_000 + 7_000_000_000L);

	private final OrgUnitDirectory units;

	PlanningLearners(OrgUnitDirectory units) {
		this.units = units;
	}

	public LearnerSummary add(OrgUnitSummary unit, LearnerCategory category) {
		long id = ids.incrementAndGet();
		LearnerSummary learner = new LearnerSummary(id, "Học viên " + id, LocalDate.of(1985, 3, 14), unit.id(),
				unit.code(), unit.path(), category, null, null, null, true);
		learners.put(id, learner);
		return learner;
	}

	public void clear() {
		learners.clear();
	}

	@EventListener
	void on(OrgUnitMerged merged) {
		OrgUnitSummary into = units.find(merged.intoUnitId()).orElseThrow();
		learners.replaceAll((id, l) -> l.unitId() != merged.unitId() ? l
				: new LearnerSummary(l.id(), l.fullName(), l.dateOfBirth(), into.id(), into.code(), into.path(),
						l.category(), l.email(), l.phone(), l.citizenId(), l.active()));
	}

	@Override
	public Optional<LearnerSummary> find(long learnerId) {
		return Optional.ofNullable(learners.get(learnerId));
	}

	@Override
	public List<LearnerSummary> findAll(Collection<Long> learnerIds) {
		return learnerIds.stream().map(learners::get).filter(l -> l != null).toList();
	}

	@Override
	public List<LearnerSummary> findActiveInSubtree(String unitPathPrefix) {
		return learners.values()
			.stream()
			.filter(l -> l.active() && l.unitPath().startsWith(unitPathPrefix))
			.sorted(Comparator.comparingLong(LearnerSummary::id))
			.toList();
	}

	private final Map<Long, String> positions = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Writes a staff-list position for a learner (the learner module's position field).
	 */
	public void position(long learnerId, String position) {
		positions.put(learnerId, position);
	}

	@Override
	public Map<Long, String> activePositionsInSubtree(String unitPathPrefix) {
		Map<Long, String> found = new java.util.HashMap<>();
		findActiveInSubtree(unitPathPrefix).forEach(learner -> {
			String position = positions.get(learner.id());
			if (position != null) {
				found.put(learner.id(), position);
			}
		});
		return found;
	}

	@Override
	public Map<Long, Map<LearnerCategory, Long>> countActiveByUnitAndCategory(String unitPathPrefix) {
		Map<Long, Map<LearnerCategory, Long>> counts = new HashMap<>();
		findActiveInSubtree(unitPathPrefix)
			.forEach(learner -> counts.computeIfAbsent(learner.unitId(), unit -> new EnumMap<>(LearnerCategory.class))
				.merge(learner.category(), 1L, Long::sum));
		return counts;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		PlanningLearners planningLearners(OrgUnitDirectory units) {
			return new PlanningLearners(units);
		}

		/**
		 * Planning counts waves by course id; any course id given to a test wave stands
		 * for a published course.
		 */
		@Bean
		@Primary
		CourseCatalog publishedCourses() {
			return new CourseCatalog() {

				@Override
				public Optional<CourseVersionView> version(long courseVersionId) {
					return Optional.empty();
				}

				@Override
				public Optional<CourseVersionView> currentPublished(long courseId) {
					return Optional.of(new CourseVersionView(courseId, 100_000 + courseId, 1, "PLN-" + courseId,
							"Khóa học " + courseId, 90, 30, List.of()));
				}

				@Override
				public Optional<Long> courseIdOfCode(String code) {
					return Optional.empty();
				}

			};
		}

	}

}
