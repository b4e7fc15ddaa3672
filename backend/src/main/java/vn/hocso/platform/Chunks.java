package vn.hocso.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits id lists for {@code IN (…)} queries: PostgreSQL's driver refuses more than
 * 32,767 parameters, and a province has 36,000 learners.
 */
public final class Chunks {

	public static final int IN_CLAUSE_SIZE = 1_000;

	private Chunks() {
	}

	public static <T> List<List<T>> of(Collection<T> items, int size) {
		List<T> all = List.copyOf(items);
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += size) {
			chunks.add(all.subList(from, Math.min(all.size(), from + size)));
		}
		return chunks;
	}

}
