package vn.hocso.learner.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.domain.Gender;
import vn.hocso.learner.domain.LearnerDetails;
import vn.hocso.learner.domain.LearnerFields;
import vn.hocso.learner.domain.PersonName;
import vn.hocso.learner.domain.SearchName;
import vn.hocso.learner.domain.UnitRef;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgUnitSummary;

/**
 * Checks every row of a sheet against the rules, the tree, the uploader's scope, the rest
 * of the file and the learners already registered. Pure: everything it needs is handed to
 * it, nothing is queried per row.
 */
final class RowValidator {

	static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");

	private final Map<ImportColumn, Integer> columns;

	private final Function<String, Optional<OrgUnitSummary>> unitsByCode;

	private final ExistingLearners existing;

	private final OrgScope scope;

	private final LocalDate today;

	private final Map<String, Integer> citizenIdsSeen = new HashMap<>();

	private final Map<String, Integer> identitiesSeen = new HashMap<>();

	private final Map<Long, Integer> learnersClaimed = new HashMap<>();

	RowValidator(Map<ImportColumn, Integer> columns, Function<String, Optional<OrgUnitSummary>> unitsByCode,
			ExistingLearners existing, OrgScope scope, LocalDate today) {
		this.columns = columns;
		this.unitsByCode = unitsByCode;
		this.existing = existing;
		this.scope = scope;
		this.today = today;
	}

	CheckedRow check(RawSheet.RawRow raw) {
		int row = raw.number();
		List<RowError> errors = new ArrayList<>();
		for (ImportColumn column : ImportColumn.values()) {
			String value = cell(raw, column);
			if (value.startsWith("=")) {
				errors.add(new RowError(row, column, "formula", value, null));
			}
		}
		if (!errors.isEmpty()) {
			return new CheckedRow(row, errors, null, null, null);
		}

		String fullName = PersonName.normalize(cell(raw, ImportColumn.FULL_NAME));
		PersonName.problem(fullName)
			.ifPresent(problem -> errors
				.add(new RowError(row, ImportColumn.FULL_NAME, problem.code(), problem.detail(), null)));

		LocalDate dateOfBirth = null;
		String dobText = cell(raw, ImportColumn.DATE_OF_BIRTH);
		if (!dobText.isEmpty()) {
			dateOfBirth = RowValues.date(dobText).orElse(null);
			if (dateOfBirth == null) {
				errors
					.add(new RowError(row, ImportColumn.DATE_OF_BIRTH, RowValues.dateProblem(dobText), dobText, null));
			}
			else if (dateOfBirth.isAfter(today) || dateOfBirth.getYear() < 1900) {
				errors.add(new RowError(row, ImportColumn.DATE_OF_BIRTH, "bad-date", dobText, null));
				dateOfBirth = null;
			}
		}

		Gender gender = null;
		String genderText = cell(raw, ImportColumn.GENDER);
		if (!genderText.isEmpty()) {
			gender = RowValues.gender(genderText).orElse(null);
			if (gender == null) {
				errors.add(new RowError(row, ImportColumn.GENDER, "bad-gender", genderText, null));
			}
		}

		String citizenId = LearnerFields.blankToNull(cell(raw, ImportColumn.CITIZEN_ID).replace(" ", ""));
		if (citizenId != null && ELEVEN_DIGITS.matcher(citizenId).matches()) {
			// Typed as a number in Excel, a CCCD loses its leading 0 (every province code
			// starts with 0).
			citizenId = "0" + citizenId;
		}
		if (citizenId != null && !LearnerFields.isCitizenId(citizenId)) {
			errors.add(new RowError(row, ImportColumn.CITIZEN_ID, "bad-citizen-id", citizenId, null));
			citizenId = null;
		}

		String email = LearnerFields.blankToNull(cell(raw, ImportColumn.EMAIL));
		if (email != null && !LearnerFields.isEmail(email)) {
			errors.add(new RowError(row, ImportColumn.EMAIL, "bad-email", email, null));
		}

		String phone = null;
		String phoneText = cell(raw, ImportColumn.PHONE);
		if (!phoneText.isEmpty()) {
			phone = LearnerFields.normalizePhone(phoneText).orElse(null);
			if (phone == null) {
				errors.add(new RowError(row, ImportColumn.PHONE, "bad-phone", phoneText, null));
			}
		}

		LearnerCategory category = null;
		String categoryText = cell(raw, ImportColumn.CATEGORY);
		if (categoryText.isEmpty()) {
			errors.add(new RowError(row, ImportColumn.CATEGORY, "missing-category", "", null));
		}
		else {
			category = RowValues.category(categoryText).orElse(null);
			if (category == null) {
				errors.add(new RowError(row, ImportColumn.CATEGORY, "unknown-category", categoryText, null));
			}
		}

		String position = LearnerFields.blankToNull(cell(raw, ImportColumn.POSITION));
		UnitRef unit = unit(row, cell(raw, ImportColumn.UNIT_CODE), errors);

		Long matched = null;
		if (citizenId != null) {
			Integer first = citizenIdsSeen.putIfAbsent(citizenId, row);
			if (first != null) {
				errors.add(new RowError(row, ImportColumn.CITIZEN_ID, "duplicate-citizen-id", citizenId, first));
			}
		}
		if (errors.stream().noneMatch(e -> e.column() == ImportColumn.FULL_NAME) && unit != null) {
			String identity = ExistingLearners.identity(SearchName.of(fullName), dateOfBirth, unit.id());
			Integer first = identitiesSeen.putIfAbsent(identity, row);
			if (first != null) {
				errors.add(new RowError(row, ImportColumn.FULL_NAME, "duplicate-person", fullName, first));
			}
			ExistingLearners.Match match = existing.match(citizenId, identity);
			if (match != null && !scope.covers(match.unitPath())) {
				errors.add(new RowError(row, ImportColumn.CITIZEN_ID, "citizen-id-out-of-scope",
						citizenId == null ? "" : citizenId, null));
			}
			else if (match != null && !match.active()) {
				errors.add(new RowError(row, ImportColumn.FULL_NAME, "learner-left", fullName, null));
			}
			else if (match != null) {
				Integer claimedBy = learnersClaimed.putIfAbsent(match.id(), row);
				if (claimedBy != null) {
					errors.add(new RowError(row, ImportColumn.FULL_NAME, "duplicate-person", fullName, claimedBy));
				}
				matched = match.id();
			}
		}

		if (!errors.isEmpty() || category == null || unit == null) {
			return new CheckedRow(row, errors, null, null, null);
		}
		LearnerDetails details = new LearnerDetails(fullName, dateOfBirth, gender, citizenId, email, phone, category,
				position);
		return new CheckedRow(row, List.of(), details, unit, matched);
	}

	private @Nullable UnitRef unit(int row, String code, List<RowError> errors) {
		if (code.isEmpty()) {
			errors.add(new RowError(row, ImportColumn.UNIT_CODE, "missing-unit", "", null));
			return null;
		}
		Optional<OrgUnitSummary> found = unitsByCode.apply(code.toUpperCase(Locale.ROOT));
		if (found.isEmpty()) {
			errors.add(new RowError(row, ImportColumn.UNIT_CODE, "unknown-unit", code, null));
			return null;
		}
		OrgUnitSummary unit = found.get();
		if (!scope.covers(unit.path())) {
			errors.add(new RowError(row, ImportColumn.UNIT_CODE, "unit-out-of-scope", code, null));
			return null;
		}
		if (!unit.status().isOpen()) {
			errors.add(new RowError(row, ImportColumn.UNIT_CODE, "unit-not-active", code, null));
			return null;
		}
		return new UnitRef(unit.id(), unit.code(), unit.path());
	}

	private String cell(RawSheet.RawRow raw, ImportColumn column) {
		Integer index = columns.get(column);
		return index == null ? "" : raw.cell(index).strip();
	}

}
