package vn.hocso.learner.importing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.hocso.learner.domain.LearnerRepository.MatchKey;
import vn.hocso.learner.domain.LearnerStatus;

/**
 * The registered learners an import can update, by their match keys: the CCCD when the
 * row has one, otherwise (or when no learner has that CCCD) the normalized name + date of
 * birth + unit.
 */
final class ExistingLearners {

	private final Map<String, Match> byCitizenId = new HashMap<>();

	private final Map<String, Match> byIdentity = new HashMap<>();

	ExistingLearners(List<MatchKey> keys) {
		for (MatchKey key : keys) {
			Match match = new Match(key.id(), key.unitPath(), key.citizenId(), key.status() == LearnerStatus.ACTIVE);
			if (key.citizenId() != null) {
				byCitizenId.put(key.citizenId(), match);
			}
			byIdentity.putIfAbsent(identity(key.searchName(), key.dateOfBirth(), key.unitId()), match);
		}
	}

	@Nullable Match match(@Nullable String citizenId, String identity) {
		if (citizenId != null && byCitizenId.containsKey(citizenId)) {
			return byCitizenId.get(citizenId);
		}
		Match same = byIdentity.get(identity);
		// Same name, birth date and unit but another CCCD is another person.
		return same == null || same.citizenId() == null || citizenId == null ? same : null;
	}

	static String identity(String searchName, @Nullable LocalDate dateOfBirth, long unitId) {
		return searchName + '|' + dateOfBirth + '|' + unitId;
	}

	record Match(long id, String unitPath, @Nullable String citizenId, boolean active) {
	}

}
