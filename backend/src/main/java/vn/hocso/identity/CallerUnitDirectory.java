package vn.hocso.identity;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Looks up the org unit a caller's token names. Implemented by the organization module,
 * so that identity does not depend on it (organization depends on identity for scoping).
 */
public interface CallerUnitDirectory {

	Optional<CallerUnit> findByCode(String code);

	/**
	 * The caller's unit and its path from the root (root first, the unit itself last).
	 */
	record CallerUnit(long id, String code, String name, String type, List<PathElement> path) {
	}

	@Schema(name = "CallerUnitPathElement")
	record PathElement(long id, String code, String name) {
	}

}
