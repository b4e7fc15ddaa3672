package vn.hocso.training;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import vn.hocso.identity.TrainerRoles;

/**
 * The training tests' Keycloak for the TRAINER role: the users it knows and who holds the
 * role. What Keycloak itself allows the service account is proven against the real one in
 * ServiceAccountPermissionsIT.
 */
public class RecordingTrainerRoles implements TrainerRoles {

	private final Set<String> users = ConcurrentHashMap.newKeySet();

	private final Set<String> trainers = ConcurrentHashMap.newKeySet();

	public void addUser(String username) {
		users.add(username);
	}

	@Override
	public Optional<Boolean> isTrainer(String username) {
		return users.contains(username) ? Optional.of(trainers.contains(username)) : Optional.empty();
	}

	@Override
	public boolean grant(String username) {
		return users.contains(username) && (trainers.add(username) || true);
	}

	@Override
	public boolean revoke(String username) {
		return users.contains(username) && (trainers.remove(username) || true);
	}

}
