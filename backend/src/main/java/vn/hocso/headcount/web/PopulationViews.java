package vn.hocso.headcount.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.hocso.headcount.domain.DeclarationStatus;

/** Requests and answers of the working-age population API. */
final class PopulationViews {

	private PopulationViews() {
	}

	record DeclarePopulationRequest(@NotNull Long unitId, @NotBlank @Pattern(regexp = "\\d{4}") String period,
			@NotNull @Positive Long workingAge, @NotBlank @Size(max = 255) String source,
			@Nullable @Size(max = 2000) String note) {
	}

	record ReturnPopulationRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	@Schema(name = "HeadcountPopulationView")
	record PopulationView(long id, long unitId, String period, int revision, long workingAge, String source,
			@Nullable String note, DeclarationStatus status, String declaredBy, Instant declaredAt,
			@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String returnReason) {
	}

	/**
	 * A commune with its figure in force ({@code approved}) and its latest declaration,
	 * pending or decided.
	 */
	record CommunePopulationView(long unitId, String code, String name, @Nullable String parentName,
			@Nullable PopulationView approved, @Nullable PopulationView latest) {
	}

	record ImportResultView(int declared, List<PopulationView> declarations) {
	}

}
