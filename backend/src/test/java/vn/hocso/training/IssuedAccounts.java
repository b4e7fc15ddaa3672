package vn.hocso.training;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;

import vn.hocso.account.AccountIssued;
import vn.hocso.enrolment.ClassRef;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.WaveRef;

/**
 * The enrolment module's directory as the training module reads it, for
 * {@link TrainingModuleTest}: which username is which learner, kept from
 * {@link AccountIssued} like the enrolment module keeps it. Training reads nothing else
 * of it; the rest answers "none".
 */
public class IssuedAccounts implements EnrolmentDirectory {

	private final Map<String, Long> learnerOfUsername = new ConcurrentHashMap<>();

	private final Map<Long, String> usernameOfLearner = new ConcurrentHashMap<>();

	@EventListener
	void on(AccountIssued issued) {
		learnerOfUsername.put(issued.username(), issued.learnerId());
		usernameOfLearner.put(issued.learnerId(), issued.username());
	}

	@Override
	public Optional<Long> learnerIdOfUsername(String username) {
		return Optional.ofNullable(learnerOfUsername.get(username));
	}

	@Override
	public Optional<String> usernameOfLearner(long learnerId) {
		return Optional.ofNullable(usernameOfLearner.get(learnerId));
	}

	@Override
	public Optional<EnrolmentRef> find(long enrolmentId) {
		return Optional.empty();
	}

	@Override
	public EnrolmentRef requireOwn(long enrolmentId) {
		throw new UnsupportedOperationException("The training module reads no enrolment");
	}

	@Override
	public Set<Long> withdrawnAmong(Collection<Long> enrolmentIds) {
		return Set.of();
	}

	@Override
	public List<EnrolmentRef> ofLearner(long learnerId) {
		return List.of();
	}

	@Override
	public List<EnrolmentRef> ofWave(long waveId) {
		return List.of();
	}

	@Override
	public List<EnrolmentRef> ofClass(long classId) {
		return List.of();
	}

	@Override
	public Optional<ClassRef> findClass(long classId) {
		return Optional.empty();
	}

	@Override
	public Optional<WaveRef> findWave(long waveId) {
		return Optional.empty();
	}

	@Override
	public List<WaveRef> waves() {
		return List.of();
	}

	@Override
	public List<ClassRef> classesOfTrainer(String trainerUsername) {
		return List.of();
	}

	@Override
	public Set<Long> selfPacedWaveIds() {
		return Set.of();
	}

	@Override
	public boolean isEnrolledInCourse(String username, long courseId) {
		return false;
	}

}
