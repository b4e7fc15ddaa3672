package vn.hocso.enrolment.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClientException;

import vn.hocso.identity.Role;
import vn.hocso.identity.StaffDirectory;
import vn.hocso.identity.StaffDirectory.StaffMember;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;

/**
 * Who may guide a class: the trainers of the class's unit, of the units below it and of
 * those above it, by name.
 */
@Service
public class ClassTrainers {

	private static final Logger log = LoggerFactory.getLogger(ClassTrainers.class);

	private final WaveClassRepository classes;

	private final OrgUnitDirectory units;

	private final OrgScopes scopes;

	private final StaffDirectory staff;

	ClassTrainers(WaveClassRepository classes, OrgUnitDirectory units, OrgScopes scopes, StaffDirectory staff) {
		this.classes = classes;
		this.units = units;
		this.scopes = scopes;
		this.staff = staff;
	}

	public record TrainerOption(String username, String displayName, String unitName) {
	}

	/**
	 * The TRAINER users of the class's unit, the units below it and those above it within
	 * the caller's scope, by name.
	 */
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN')")
	@Transactional(readOnly = true)
	public List<TrainerOption> options(long classId) {
		WaveClass waveClass = classes.findById(classId)
			.orElseThrow(() -> ProblemException.notFound("enrolment.class-not-found", classId));
		if (!scopes.current().covers(waveClass.getUnitPath())) {
			throw ProblemException.forbidden("enrolment.out-of-scope", waveClass.getName());
		}
		List<OrgUnitSummary> subtree = units.subtree(waveClass.getUnitPath());
		OrgUnitSummary root = subtree.stream()
			.filter(unit -> unit.path().equals(waveClass.getUnitPath()))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("enrolment.class-not-found", classId));
		// A commune's trainer may guide its community team's class, a district's trainer
		// a commune's:
		// the units above the class's count too, as far as the caller's own scope
		// reaches.
		var scope = scopes.current();
		var names = new LinkedHashMap<String, String>();
		units.pathOf(root.id())
			.stream()
			.filter(unit -> scope.covers(unit.path()))
			.forEach(u -> names.put(u.code(), u.name()));
		subtree.forEach(unit -> names.put(unit.code(), unit.name()));
		Set<String> codes = names.keySet();
		Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
		return staff.withRole(Role.TRAINER, commonPrefix(root.code(), codes), codes)
			.stream()
			.map(member -> new TrainerOption(member.username(), member.displayName(),
					names.getOrDefault(member.unitCode(), member.unitCode())))
			.sorted(Comparator.comparing(TrainerOption::displayName, vietnamese))
			.toList();
	}

	/**
	 * What every code of the subtree starts with (codes usually extend their parent's),
	 * to narrow the search.
	 */
	private static String commonPrefix(String rootCode, Set<String> codes) {
		String prefix = rootCode;
		for (String code : codes) {
			int i = 0;
			while (i < prefix.length() && i < code.length() && prefix.charAt(i) == code.charAt(i)) {
				i++;
			}
			prefix = prefix.substring(0, i);
		}
		return prefix.isEmpty() ? rootCode : prefix;
	}

	/**
	 * The trainer's display name, or null when the directory does not answer or know
	 * them.
	 */
	@Nullable String nameOf(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return null;
		}
		try {
			return staff.find(username.strip()).map(StaffMember::displayName).orElse(null);
		}
		catch (RestClientException ex) {
			log.warn("Could not look up trainer {}: {}", username, ex.getMessage());
			return null;
		}
	}

}
