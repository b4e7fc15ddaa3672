package vn.hocso.learner.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

import vn.hocso.learner.LearnerCategory;

/**
 * A learner query: words of the name (diacritics-insensitive) or a CCCD/phone, within one
 * unit path prefix.
 */
public record LearnerSearch(@Nullable String q, String unitPathPrefix, @Nullable LearnerCategory category,
		@Nullable LearnerStatus status) {

	Specification<Learner> specification() {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.like(root.get("unitPath"), unitPathPrefix + "%"));
			// Citizens are not on any official's register (ADR 0370): staff see only
			// their counts.
			where.add(cb.notEqual(root.get("category"), LearnerCategory.CITIZEN));
			if (category != null) {
				where.add(cb.equal(root.get("category"), category));
			}
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			String text = q == null ? "" : SearchName.of(q);
			if (!text.isEmpty()) {
				if (text.chars().allMatch(Character::isDigit)) {
					where
						.add(cb.or(cb.like(root.get("citizenId"), text + "%"), cb.like(root.get("phone"), text + "%")));
				}
				else {
					for (String word : text.split(" ")) {
						where.add(cb.like(root.get("searchName"), "%" + escape(word) + "%", '\\'));
					}
				}
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
