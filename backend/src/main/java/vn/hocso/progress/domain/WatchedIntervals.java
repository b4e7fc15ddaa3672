package vn.hocso.progress.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The union of the parts of one lecture's video a learner has played, in milliseconds of
 * media time: sorted, disjoint, half-open {@code [from, to)} intervals. Watching a minute
 * twice counts once, and only what was played is ever added, so seeking ahead earns
 * nothing. Not thread-safe: its owner ({@link LectureState}) guards it.
 */
public final class WatchedIntervals {

	/** Starts and ends, alternating: {@code [from0, to0, from1, to1, …]}. */
	private long[] bounds;

	private int size;

	private long watchedMillis;

	private WatchedIntervals(long[] bounds, int size) {
		this.bounds = bounds;
		this.size = size;
		for (int i = 0; i < size; i += 2) {
			watchedMillis += bounds[i + 1] - bounds[i];
		}
	}

	public static WatchedIntervals empty() {
		return new WatchedIntervals(new long[8], 0);
	}

	public long watchedMillis() {
		return watchedMillis;
	}

	/**
	 * Adds the played interval {@code [from, to)}, crediting at most {@code budgetMillis}
	 * of time not watched before, earliest first; returns the milliseconds newly
	 * credited.
	 */
	public long add(long from, long to, long budgetMillis) {
		long credited = 0;
		long cursor = from;
		while (cursor < to && credited < budgetMillis) {
			int covering = covering(cursor);
			if (covering >= 0) {
				cursor = bounds[covering + 1];
				continue;
			}
			long gapEnd = Math.min(to, nextStartAfter(cursor));
			long room = budgetMillis - credited;
			long end = gapEnd - cursor <= room ? gapEnd : cursor + room;
			insert(cursor, end);
			credited += end - cursor;
			cursor = end;
		}
		watchedMillis += credited;
		return credited;
	}

	/** Index of the interval containing {@code point}, or -1. */
	private int covering(long point) {
		for (int i = 0; i < size; i += 2) {
			if (bounds[i] <= point && point < bounds[i + 1]) {
				return i;
			}
			if (bounds[i] > point) {
				return -1;
			}
		}
		return -1;
	}

	private long nextStartAfter(long point) {
		for (int i = 0; i < size; i += 2) {
			if (bounds[i] > point) {
				return bounds[i];
			}
		}
		return Long.MAX_VALUE;
	}

	/** Inserts an interval lying in a gap, merging with neighbours it touches. */
	private void insert(long from, long to) {
		int at = 0;
		while (at < size && bounds[at] < from) {
			at += 2;
		}
		boolean joinsPrevious = at > 0 && bounds[at - 1] == from;
		boolean joinsNext = at < size && bounds[at] == to;
		if (joinsPrevious && joinsNext) {
			bounds[at - 1] = bounds[at + 1];
			System.arraycopy(bounds, at + 2, bounds, at, size - at - 2);
			size -= 2;
		}
		else if (joinsPrevious) {
			bounds[at - 1] = to;
		}
		else if (joinsNext) {
			bounds[at] = from;
		}
		else {
			if (size + 2 > bounds.length) {
				bounds = Arrays.copyOf(bounds, bounds.length * 2);
			}
			System.arraycopy(bounds, at, bounds, at + 2, size - at);
			bounds[at] = from;
			bounds[at + 1] = to;
			size += 2;
		}
	}

	/** Compact text for storage: {@code "0-15000,20000-27400"}. */
	public String encode() {
		StringBuilder text = new StringBuilder(size * 7);
		for (int i = 0; i < size; i += 2) {
			if (i > 0) {
				text.append(',');
			}
			text.append(bounds[i]).append('-').append(bounds[i + 1]);
		}
		return text.toString();
	}

	public static WatchedIntervals decode(String text) {
		if (text.isBlank()) {
			return empty();
		}
		String[] parts = text.split(",");
		long[] bounds = new long[Math.max(8, parts.length * 2)];
		int size = 0;
		for (String part : parts) {
			int dash = part.indexOf('-');
			bounds[size++] = Long.parseLong(part, 0, dash, 10);
			bounds[size++] = Long.parseLong(part, dash + 1, part.length(), 10);
		}
		return new WatchedIntervals(bounds, size);
	}

	/**
	 * The intervals as {@code [from, to]} pairs in milliseconds, for tests and
	 * diagnostics.
	 */
	public List<long[]> intervals() {
		List<long[]> list = new ArrayList<>(size / 2);
		for (int i = 0; i < size; i += 2) {
			list.add(new long[] { bounds[i], bounds[i + 1] });
		}
		return list;
	}

}
