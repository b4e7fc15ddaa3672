package vn.hocso.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.hocso.identity.Caller;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.platform.ProblemException;

/**
 * The one place where the least-privilege table ({@link ScopedAction}) is applied to a
 * request: the role decides the reach, the reach decides which learners, classes, waves
 * and units are in reach. A role without the action is refused with 403
 * {@code access.denied}; a resource out of reach with 403 {@code access.out-of-scope}
 * (the project's rule: outside one's scope 403, unknown 404). Controllers'
 * {@code @PreAuthorize("@accessPolicy.may('...')")} call {@link #may} for the role gate.
 */
@Component("accessPolicy")
public class AccessPolicy {

	private final CurrentCaller callers;

	private final OrgScopes scopes;

	private final ObjectProvider<TrainerRoster> rosters;

	AccessPolicy(CurrentCaller callers, OrgScopes scopes, ObjectProvider<TrainerRoster> rosters) {
		this.callers = callers;
		this.scopes = scopes;
		this.rosters = rosters;
	}

	/** The current caller's reach for the action. */
	public Reach reach(ScopedAction action) {
		return action.reachOf(callers.get().roles());
	}

	/** Whether the caller's roles allow the action anywhere (the role gate). */
	public boolean may(String action) {
		return reach(ScopedAction.valueOf(action)) != Reach.NONE;
	}

	public boolean may(ScopedAction action) {
		return reach(action) != Reach.NONE;
	}

	/**
	 * Fails with 403 unless the caller's roles allow the action anywhere; returns the
	 * reach.
	 */
	public Reach requireRole(ScopedAction action) {
		Reach reach = reach(action);
		if (reach == Reach.NONE) {
			throw ProblemException.forbidden("access.denied");
		}
		return reach;
	}

	/**
	 * Fails unless the caller may take the action on this learner (in their unit at
	 * {@code unitPath}).
	 */
	public void requireLearner(ScopedAction action, long learnerId, String unitPath) {
		if (!coversLearner(action, learnerId, unitPath)) {
			requireRole(action);
			throw ProblemException.forbidden("access.out-of-scope");
		}
	}

	public boolean coversLearner(ScopedAction action, long learnerId, String unitPath) {
		return switch (reach(action)) {
			case SUBTREE -> scopes.current().covers(unitPath);
			case OWN_CLASSES -> teaches(callers.get(), learnerId);
			case NONE -> false;
		};
	}

	/**
	 * Whether a row of a class (or the class itself) is in reach: a trainer's own class,
	 * or the subtree.
	 */
	public boolean coversClass(ScopedAction action, String unitPath, @Nullable String trainerUsername) {
		return switch (reach(action)) {
			case SUBTREE -> scopes.current().covers(unitPath);
			case OWN_CLASSES -> trainerUsername != null && trainerUsername.equals(callers.get().username());
			case NONE -> false;
		};
	}

	/**
	 * A whole unit's subtree: only a subtree reach covers it, never a trainer's classes.
	 */
	public void requireUnit(ScopedAction action, String unitPath) {
		if (requireRole(action) != Reach.SUBTREE || !scopes.current().covers(unitPath)) {
			throw ProblemException.forbidden("access.out-of-scope");
		}
	}

	/**
	 * A wave concerns the caller when it runs for part of their subtree or for a subtree
	 * containing it (a province-wide wave concerns every district). Trainers' reach over
	 * waves is given by the table.
	 */
	public void requireWave(ScopedAction action, List<String> waveUnitPaths) {
		requireRole(action);
		OrgScope scope = scopes.current();
		boolean overlaps = waveUnitPaths.stream()
			.anyMatch(path -> scope.covers(path) || scope.rootPaths().stream().anyMatch(root -> root.startsWith(path)));
		if (!overlaps) {
			throw ProblemException.forbidden("access.out-of-scope");
		}
	}

	private boolean teaches(Caller caller, long learnerId) {
		TrainerRoster roster = rosters.getIfAvailable();
		return roster != null && roster.teachesLearner(caller.username(), learnerId);
	}

}
