package vn.hocso.headcount.population;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.headcount.PopulationEvents.PopulationApproved;
import vn.hocso.headcount.domain.DeclarationStatus;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.Role;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitStatus;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.ProblemException;

/**
 * Declarations and decisions on working-age populations, each checked against the
 * caller's role and scope. A commune's figure is declared by a unit admin of the commune
 * or above it (or ADMIN) and decided by someone above the commune: Sở Nội vụ (VERIFIER),
 * ADMIN, or a unit admin of a higher unit (the district) — never by the person who
 * declared it.
 */
@Service
@Transactional
public class PopulationWorkflow {

	private final PopulationDeclarationRepository declarations;

	private final AccessPolicy access;

	private final OrgScopes scopes;

	private final OrgUnitDirectory units;

	private final CurrentCaller callers;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	PopulationWorkflow(PopulationDeclarationRepository declarations, AccessPolicy access, OrgScopes scopes,
			OrgUnitDirectory units, CurrentCaller callers, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.declarations = declarations;
		this.access = access;
		this.scopes = scopes;
		this.units = units;
		this.callers = callers;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * One figure to declare: a commune (by id or by code) and its population, with its
	 * source.
	 */
	public record Entry(OrgUnitSummary commune, long workingAge, String source, @Nullable String note) {
	}

	public PopulationDeclaration declare(long unitId, String period, long workingAge, String source,
			@Nullable String note) {
		access.requireRole(ScopedAction.POPULATION_DECLARE);
		OrgUnitSummary unit = scopes.requireVisible(unitId);
		requireOpenCommune(unit);
		return declare(new Entry(unit, workingAge, source, note), period);
	}

	/**
	 * A whole file at once, or nothing: every row is checked (the commune exists, is
	 * open, lies in the caller's subtree, the figure is a positive whole number, the
	 * source is given) and all problems are answered together with their row numbers.
	 */
	public List<PopulationDeclaration> importRows(String period, List<PopulationSheet.Row> rows,
			@Nullable String defaultSource) {
		access.requireRole(ScopedAction.POPULATION_DECLARE);
		OrgScope scope = scopes.current();
		List<String> problems = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (PopulationSheet.Row row : rows) {
			OrgUnitSummary unit = units.findSummaryByCode(row.unitCode().strip()).orElse(null);
			String source = row.source() == null || row.source().isBlank() ? defaultSource : row.source();
			if (unit == null) {
				problems.add(message("population.row.unknown-unit", String.valueOf(row.number()), row.unitCode()));
			}
			else if (!scope.covers(unit.path())) {
				problems.add(message("population.row.out-of-scope", String.valueOf(row.number()), row.unitCode()));
			}
			else if (unit.type() != OrgUnitType.COMMUNE || unit.status() != OrgUnitStatus.ACTIVE) {
				problems.add(message("population.row.not-commune", String.valueOf(row.number()), row.unitCode()));
			}
			else if (!seen.add(unit.id())) {
				problems.add(message("population.row.duplicate", String.valueOf(row.number()), row.unitCode()));
			}
			else if (row.workingAge() == null || row.workingAge() <= 0) {
				problems.add(message("population.row.count-invalid", String.valueOf(row.number()), row.rawCount()));
			}
			else if (source == null || source.isBlank()) {
				problems.add(message("population.row.source-missing", String.valueOf(row.number())));
			}
			else if (row.period() != null && !row.period().equals(period)) {
				problems
					.add(message("population.row.period-mismatch", String.valueOf(row.number()), row.period(), period));
			}
			else {
				entries.add(new Entry(unit, row.workingAge(), source, null));
			}
		}
		if (rows.isEmpty()) {
			throw ProblemException.badRequest("population.import-empty");
		}
		if (!problems.isEmpty()) {
			throw ProblemException.badRequest("population.import-rows", problems.size(), String.join("; ", problems));
		}
		return entries.stream().map(entry -> declare(entry, period)).toList();
	}

	public PopulationDeclaration approve(long id) {
		PopulationDeclaration declaration = decidable(id);
		declaration.approve(actor(), clock.instant());
		for (PopulationDeclaration other : declarations
			.findByUnitIdAndPeriodOrderByRevisionDesc(declaration.getUnitId(), declaration.getPeriod())) {
			if (other.getId() != id && other.getStatus() == DeclarationStatus.APPROVED) {
				other.supersede();
			}
		}
		events.publishEvent(new PopulationApproved(id, declaration.getUnitId(), declaration.getPeriod(),
				declaration.getWorkingAge()));
		return declarations.saveAndFlush(declaration);
	}

	public PopulationDeclaration returnForCorrection(long id, String reason) {
		PopulationDeclaration declaration = decidable(id);
		declaration.returnForCorrection(actor(), reason, clock.instant());
		return declarations.saveAndFlush(declaration);
	}

	private PopulationDeclaration declare(Entry entry, String period) {
		List<PopulationDeclaration> history = declarations
			.findByUnitIdAndPeriodOrderByRevisionDesc(entry.commune().id(), period);
		// A figure still waiting for its decision is replaced by the new one; an approved
		// one stays in force,
		// a returned one stays as returned (the history shows why it was corrected).
		history.stream()
			.filter(d -> d.getStatus() == DeclarationStatus.SUBMITTED)
			.forEach(PopulationDeclaration::supersede);
		int revision = history.isEmpty() ? 1 : history.getFirst().getRevision() + 1;
		return declarations.save(new PopulationDeclaration(entry.commune().id(), entry.commune().path(), period,
				revision, entry.workingAge(), entry.source(), entry.note(), actor(), Instant.now(clock)));
	}

	/**
	 * The caller may decide on this declaration: in their reach, and for a unit admin
	 * strictly below their own unit (a commune's own admin cannot verify the commune's
	 * figure).
	 */
	private PopulationDeclaration decidable(long id) {
		access.requireRole(ScopedAction.POPULATION_VERIFY);
		PopulationDeclaration declaration = declarations.findById(id)
			.orElseThrow(() -> ProblemException.notFound("population.not-found", String.valueOf(id)));
		access.requireUnit(ScopedAction.POPULATION_VERIFY, declaration.getUnitPath());
		var caller = callers.get();
		if (!caller.hasAny(Role.ADMIN, Role.VERIFIER)
				&& scopes.current().rootPaths().stream().anyMatch(root -> root.equals(declaration.getUnitPath()))) {
			throw ProblemException.forbidden("population.own-unit", String.valueOf(id));
		}
		return declaration;
	}

	private static void requireOpenCommune(OrgUnitSummary unit) {
		if (unit.type() != OrgUnitType.COMMUNE || unit.status() != OrgUnitStatus.ACTIVE) {
			throw ProblemException.badRequest("population.not-commune", unit.code());
		}
	}

	private String message(String code, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return Objects.requireNonNullElse(messages.getMessage(code, args, code, locale), code);
	}

	private String actor() {
		return callers.get().username();
	}

}
