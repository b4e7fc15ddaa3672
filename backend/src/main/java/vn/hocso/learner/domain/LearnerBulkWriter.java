package vn.hocso.learner.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.domain.LearnerHistory.Kind;

/**
 * Stores many learners at once for an import, inside the caller's transaction: chunks of
 * 500 rows, one query to load a chunk's existing learners, batched inserts (sequences
 * hand out ids 50 at a time), flushed and cleared per chunk so memory stays flat.
 */
@Component
public class LearnerBulkWriter {

	private static final int CHUNK = 500;

	private final EntityManager entityManager;

	private final Actor actor;

	private final Clock clock;

	LearnerBulkWriter(EntityManager entityManager, Actor actor, Clock clock) {
		this.entityManager = entityManager;
		this.actor = actor;
		this.clock = clock;
	}

	/**
	 * One row to store: new when {@code learnerId} is null, else an update (and a move if
	 * the unit differs).
	 */
	public record Write(LearnerDetails details, UnitRef unit, @Nullable Long learnerId) {
	}

	public record Written(List<Long> created, List<Long> updated) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Written write(List<Write> writes, String reason) {
		String by = actor.name();
		LocalDate today = LocalDate.now(clock);
		List<Long> created = new ArrayList<>();
		List<Long> updated = new ArrayList<>();
		for (int start = 0; start < writes.size(); start += CHUNK) {
			List<Write> chunk = writes.subList(start, Math.min(writes.size(), start + CHUNK));
			Map<Long, Learner> existing = load(chunk);
			for (Write write : chunk) {
				if (write.learnerId() == null) {
					Learner learner = new Learner(write.details(), write.unit(), today);
					entityManager.persist(learner);
					entityManager.persist(new LearnerHistory(learner.getId(), Kind.CREATED, today, null, null,
							write.unit().id(), reason, clock.instant(), by));
					created.add(learner.getId());
				}
				else {
					Learner learner = existing.get(write.learnerId());
					if (learner == null) {
						throw new IllegalStateException("learner " + write.learnerId() + " vanished during the import");
					}
					update(learner, write, today, reason, by);
					updated.add(learner.getId());
				}
			}
			entityManager.flush();
			entityManager.clear();
		}
		return new Written(created, updated);
	}

	private void update(Learner learner, Write write, LocalDate today, String reason, String by) {
		LearnerDetails details = write.details();
		if (details.citizenId() == null && learner.getCitizenId() != null) {
			// A row without a CCCD does not erase the one on record.
			details = new LearnerDetails(details.fullName(), details.dateOfBirth(), details.gender(),
					learner.getCitizenId(), details.email(), details.phone(), details.category(), details.position());
		}
		List<String> changes = learner.update(details);
		if (!changes.isEmpty()) {
			entityManager.persist(new LearnerHistory(learner.getId(), Kind.UPDATED, today, String.join("; ", changes),
					null, null, reason, clock.instant(), by));
		}
		if (learner.getUnitId() != write.unit().id()) {
			long from = learner.getUnitId();
			learner.moveTo(write.unit());
			entityManager.persist(new LearnerHistory(learner.getId(), Kind.MOVED, today,
					"unit: " + from + " → " + write.unit().id(), from, write.unit().id(), reason, clock.instant(), by));
		}
	}

	private Map<Long, Learner> load(List<Write> chunk) {
		List<Long> ids = chunk.stream().map(Write::learnerId).filter(id -> id != null).toList();
		Map<Long, Learner> byId = new HashMap<>();
		if (!ids.isEmpty()) {
			entityManager.createQuery("select l from Learner l where l.id in :ids", Learner.class)
				.setParameter("ids", ids)
				.getResultList()
				.forEach(learner -> byId.put(learner.getId(), learner));
		}
		return byId;
	}

}
