package vn.hocso.quiz.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Question versions by id, kept in memory once read: versions never change, so a wave of
 * thousands starting at once reads the bank's twenty drawn versions from memory, not the database.
 */
@Component
public class QuestionVersions {

	private static final int MAX_CACHED = 20_000;

	private final QuestionVersionRepository repository;

	private final Map<Long, QuestionVersion> cache = new ConcurrentHashMap<>();

	QuestionVersions(QuestionVersionRepository repository) {
		this.repository = repository;
	}

	public Map<Long, QuestionVersion> byIds(Collection<Long> ids) {
		Map<Long, QuestionVersion> found = new HashMap<>();
		List<Long> missing = ids.stream().filter(id -> {
			QuestionVersion version = cache.get(id);
			if (version != null) {
				found.put(id, version);
				return false;
			}
			return true;
		}).distinct().toList();
		if (!missing.isEmpty()) {
			if (cache.size() > MAX_CACHED) {
				cache.clear();
			}
			for (QuestionVersion version : repository.findByIdIn(missing)) {
				version.getOptions(); // eagerly fetched; touched so a detached copy is complete
				cache.put(version.getId(), version);
				found.put(version.getId(), version);
			}
		}
		return found;
	}

}
