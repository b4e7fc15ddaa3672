package vn.hocso.learner.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.domain.Gender;
import vn.hocso.learner.domain.Learner;
import vn.hocso.learner.domain.LearnerHistory;
import vn.hocso.learner.domain.LearnerStatus;

final class LearnerResponses {

	private LearnerResponses() {
	}

	record LearnerItem(long id, String fullName, @Nullable LocalDate dateOfBirth, @Nullable Gender gender,
			@Nullable String citizenId, @Nullable String email, @Nullable String phone, long unitId, String unitCode,
			@Nullable String unitName, LearnerCategory category, @Nullable String position, LearnerStatus status,
			LocalDate validFrom, @Nullable LocalDate leftOn) {

		static LearnerItem of(Learner learner, @Nullable String unitName) {
			return new LearnerItem(learner.getId(), learner.getFullName(), learner.getDateOfBirth(),
					learner.getGender(), learner.getCitizenId(), learner.getEmail(), learner.getPhone(),
					learner.getUnitId(), learner.getUnitCode(), unitName, learner.getCategory(), learner.getPosition(),
					learner.getStatus(), learner.getValidFrom(), learner.getLeftOn());
		}

	}

	record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageOf<T> of(Page<?> page, List<T> content) {
			return new PageOf<>(content, page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

	@Schema(name = "LearnerHistoryEntry")
	record HistoryEntry(LearnerHistory.Kind kind, LocalDate effectiveDate, @Nullable String changes,
			@Nullable Long fromUnitId, @Nullable Long toUnitId, @Nullable String reason, Instant recordedAt,
			String recordedBy) {

		static HistoryEntry of(LearnerHistory entry) {
			return new HistoryEntry(entry.getKind(), entry.getEffectiveDate(), entry.getChanges(),
					entry.getFromUnitId(), entry.getToUnitId(), entry.getReason(), entry.getRecordedAt(),
					entry.getRecordedBy());
		}

	}

}
