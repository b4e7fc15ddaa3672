package vn.hocso.account.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.platform.ProblemException;

/** Finds learners for the account module and checks that the caller may act on them. */
@Component
class LearnerAccess {

	private final LearnerDirectory directory;

	private final OrgScopes scopes;

	LearnerAccess(LearnerDirectory directory, OrgScopes scopes) {
		this.directory = directory;
		this.scopes = scopes;
	}

	/**
	 * The learner, or 404; whether the caller may act on them is the access policy's to
	 * say.
	 */
	LearnerSummary find(long learnerId) {
		return directory.find(learnerId)
			.orElseThrow(() -> ProblemException.notFound("account.learner-not-found", String.valueOf(learnerId)));
	}

	/** The learners of a unit's subtree; 404/403 for an unknown or invisible unit. */
	Selected subtree(long unitId) {
		String path = scopes.requireVisible(unitId).path();
		return new Selected(directory.findActiveInSubtree(path), path);
	}

	/**
	 * These learners, each of which must exist and be visible; the job's scope is their
	 * deepest common unit.
	 */
	Selected listed(Collection<Long> learnerIds) {
		List<Long> ids = List.copyOf(new LinkedHashSet<>(learnerIds));
		Map<Long, LearnerSummary> found = directory.findAll(ids)
			.stream()
			.collect(Collectors.toMap(LearnerSummary::id, Function.identity(), (a, b) -> a));
		OrgScope scope = scopes.current();
		for (Long id : ids) {
			LearnerSummary learner = found.get(id);
			if (learner == null) {
				throw ProblemException.notFound("account.learner-not-found", String.valueOf(id));
			}
			if (!scope.covers(learner.unitPath())) {
				throw ProblemException.forbidden("account.learner-out-of-scope", String.valueOf(id));
			}
		}
		List<LearnerSummary> ordered = ids.stream().map(found::get).toList();
		return new Selected(ordered, commonPath(ordered.stream().map(LearnerSummary::unitPath).toList()));
	}

	Map<Long, LearnerSummary> byId(Collection<Long> learnerIds) {
		return directory.findAll(learnerIds)
			.stream()
			.collect(Collectors.toMap(LearnerSummary::id, Function.identity(), (a, b) -> a));
	}

	/**
	 * The longest common prefix of materialized paths, cut at a whole segment ("/1/14/").
	 */
	static String commonPath(List<String> paths) {
		if (paths.isEmpty()) {
			return "/";
		}
		String common = paths.getFirst();
		for (String path : paths) {
			int i = 0;
			while (i < common.length() && i < path.length() && common.charAt(i) == path.charAt(i)) {
				i++;
			}
			common = common.substring(0, i);
		}
		return common.substring(0, common.lastIndexOf('/') + 1);
	}

	record Selected(List<LearnerSummary> learners, String scopePath) {
	}

}
