package vn.hocso.training.domain;

import java.time.LocalTime;

/** Half-day sessions: attendance is taken once each. */
public enum SessionPart {

	MORNING(LocalTime.of(8, 0), LocalTime.of(11, 30)), AFTERNOON(LocalTime.of(13, 30), LocalTime.of(17, 0));

	private final LocalTime starts;

	private final LocalTime ends;

	SessionPart(LocalTime starts, LocalTime ends) {
		this.starts = starts;
		this.ends = ends;
	}

	public LocalTime starts() {
		return starts;
	}

	public LocalTime ends() {
		return ends;
	}

}
