package vn.hocso.learner.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.domain.Gender;
import vn.hocso.learner.domain.LearnerDetails;
import vn.hocso.learner.domain.LearnerFields;
import vn.hocso.learner.domain.PersonName;
import vn.hocso.learner.importing.LearnerImport.CommitMode;
import vn.hocso.platform.ProblemException;

final class LearnerRequests {

	private LearnerRequests() {
	}

	record LearnerRequest(@NotBlank @Size(max = 255) String fullName, @Nullable LocalDate dateOfBirth,
			@Nullable Gender gender, @Nullable String citizenId, @Nullable @Size(max = 255) String email,
			@Nullable String phone, @NotNull Long unitId, @NotNull LearnerCategory category,
			@Nullable @Size(max = 255) String position, @Nullable LocalDate validFrom) {

		/**
		 * The details in their stored form; a value that cannot be one is a 400 naming
		 * the field.
		 */
		LearnerDetails details() {
			String name = PersonName.normalize(fullName);
			PersonName.problem(name).ifPresent(problem -> {
				throw ProblemException.badRequest("learner.bad-name", problem.detail());
			});
			String citizen = LearnerFields.blankToNull(citizenId);
			if (citizen != null && !LearnerFields.isCitizenId(citizen)) {
				throw ProblemException.badRequest("learner.bad-citizen-id", citizen);
			}
			String mail = LearnerFields.blankToNull(email);
			if (mail != null && !LearnerFields.isEmail(mail)) {
				throw ProblemException.badRequest("learner.bad-email", mail);
			}
			String phoneText = LearnerFields.blankToNull(phone);
			String normalized = phoneText == null ? null : LearnerFields.normalizePhone(phoneText)
				.orElseThrow(() -> ProblemException.badRequest("learner.bad-phone", phoneText));
			return new LearnerDetails(name, dateOfBirth, gender, citizen, mail, normalized, category,
					LearnerFields.blankToNull(position));
		}

	}

	@Schema(name = "LearnerMoveRequest")
	record MoveRequest(@NotNull Long unitId, @NotNull LocalDate effectiveDate) {
	}

	record LeaveRequest(@NotNull LocalDate effectiveDate, @Nullable @Size(max = 1000) String reason) {
	}

	record CommitRequest(@NotNull CommitMode mode) {
	}

}
