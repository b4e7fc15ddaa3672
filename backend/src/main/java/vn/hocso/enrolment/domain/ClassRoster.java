package vn.hocso.enrolment.domain;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.organization.TrainerRoster;

/**
 * Answers the access policy's question "does this trainer teach this learner?" from the
 * classes.
 */
@Component
@Transactional(readOnly = true)
class ClassRoster implements TrainerRoster {

	private final EnrolmentRepository enrolments;

	ClassRoster(EnrolmentRepository enrolments) {
		this.enrolments = enrolments;
	}

	@Override
	public boolean teachesLearner(String trainerUsername, long learnerId) {
		return enrolments.isTaughtBy(learnerId, trainerUsername);
	}

}
