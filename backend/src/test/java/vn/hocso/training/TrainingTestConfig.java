package vn.hocso.training;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The training tests' context: a settable clock, e-mails kept rather than sent, the
 * TRAINER role in memory, and the staff list held in memory (the learner module's API;
 * accounts go through the real enrolment module).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TrainingTestConfig {

	@Bean
	@Primary
	TrainingClock trainingClock() {
		return new TrainingClock();
	}

	@Bean
	@Primary
	StaffList staffList() {
		return new StaffList();
	}

	@Bean
	@Primary
	RecordingTrainerRoles recordingTrainerRoles() {
		return new RecordingTrainerRoles();
	}

	@Bean
	@Primary
	RecordingEmails recordingEmails() {
		return new RecordingEmails();
	}

}
