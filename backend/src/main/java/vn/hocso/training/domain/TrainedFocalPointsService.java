package vn.hocso.training.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.training.TrainedFocalPoints;

@Service
@Transactional(readOnly = true)
class TrainedFocalPointsService implements TrainedFocalPoints {

	private final CompletionRepository completions;

	private final EnrolmentDirectory accounts;

	TrainedFocalPointsService(CompletionRepository completions, EnrolmentDirectory accounts) {
		this.completions = completions;
		this.accounts = accounts;
	}

	@Override
	public boolean isTrained(long learnerId) {
		return completions.existsByLearnerId(learnerId);
	}

	@Override
	public boolean isTrainedUsername(String username) {
		return accounts.learnerIdOfUsername(username).map(this::isTrained).orElse(false);
	}

}
