package vn.hocso.learner.domain;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.hocso.identity.CurrentCaller;

/**
 * Who a history entry is recorded by: the caller, or "system" for reactions to events
 * without one.
 */
@Component
public class Actor {

	private final CurrentCaller currentCaller;

	Actor(CurrentCaller currentCaller) {
		this.currentCaller = currentCaller;
	}

	public String name() {
		if (SecurityContextHolder.getContext().getAuthentication() == null) {
			return "system";
		}
		return currentCaller.get().username();
	}

}
