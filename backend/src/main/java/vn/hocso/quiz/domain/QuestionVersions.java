package vn.hocso.quiz.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Question versions by id, kept in memory once read: versions never change, so a wave of
 * thousands starting at once reads the bank's twenty drawn versions from memory, not the
 * database. Never stale on any node (a version is immutable); bounded by size only.
 */
@Component
public class QuestionVersions {

	private static final int MAX_CACHED = 20_000;

	private final QuestionVersionRepository repository;

	private final Cache<Long, QuestionVersion> cache = Caffeine.newBuilder().maximumSize(MAX_CACHED).build();

	QuestionVersions(QuestionVersionRepository repository) {
		this.repository = repository;
	}

	public Map<Long, QuestionVersion> byIds(Collection<Long> ids) {
		return cache.getAll(ids, missing -> {
			Map<Long, QuestionVersion> read = new HashMap<>();
			for (QuestionVersion version : repository.findByIdIn(List.copyOf(missing))) {
				version.getOptions(); // eagerly fetched; touched so a detached copy is
										// complete
				read.put(version.getId(), version);
			}
			return read;
		});
	}

}
