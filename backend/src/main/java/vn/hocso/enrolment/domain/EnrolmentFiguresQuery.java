package vn.hocso.enrolment.domain;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentFigures;

@Service
@Transactional(readOnly = true)
class EnrolmentFiguresQuery implements EnrolmentFigures {

	private final EnrolmentRepository enrolments;

	EnrolmentFiguresQuery(EnrolmentRepository enrolments) {
		this.enrolments = enrolments;
	}

	@Override
	public Map<Long, Long> enrolledLearnersByUnit(String unitPathPrefix) {
		Map<Long, Long> byUnit = new HashMap<>();
		for (Object[] row : enrolments.countEnrolledLearnersByUnit(unitPathPrefix)) {
			byUnit.put((Long) row[0], (Long) row[1]);
		}
		return byUnit;
	}

}
