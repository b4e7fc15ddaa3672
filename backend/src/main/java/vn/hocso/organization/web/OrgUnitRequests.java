package vn.hocso.organization.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.hocso.organization.OrgUnitType;

final class OrgUnitRequests {

	private OrgUnitRequests() {
	}

	record CreateRequest(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,63}") String code,
			@NotBlank @Size(max = 255) String name, @NotNull OrgUnitType type, @NotNull Long parentId,
			@NotNull LocalDate validFrom) {
	}

	record RenameRequest(@NotBlank @Size(max = 255) String name, @NotNull LocalDate effectiveDate) {
	}

	@Schema(name = "OrgUnitMoveRequest")
	record MoveRequest(@NotNull Long parentId, @NotNull LocalDate effectiveDate) {
	}

	record MergeRequest(@NotNull Long targetId, @NotNull LocalDate effectiveDate) {
	}

	record CloseRequest(@NotNull LocalDate effectiveDate, @Nullable @Size(max = 1000) String reason) {
	}

}
