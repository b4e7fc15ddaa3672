package vn.hocso.training.domain;

import org.springframework.stereotype.Component;

import vn.hocso.enrolment.TrainerQualification;
import vn.hocso.training.TrainedFocalPoints;

/**
 * For the wave's classes: a trainer is qualified once they completed an in-person
 * programme.
 */
@Component
class TrainedTrainers implements TrainerQualification {

	private final TrainedFocalPoints trained;

	TrainedTrainers(TrainedFocalPoints trained) {
		this.trained = trained;
	}

	@Override
	public boolean isQualified(String username) {
		return trained.isTrainedUsername(username);
	}

}
