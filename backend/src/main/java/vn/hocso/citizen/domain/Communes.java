package vn.hocso.citizen.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;

/**
 * The communes a citizen may choose from: open units of type commune, with the unit above
 * for clarity.
 */
@Service
public class Communes {

	private final OrgUnitDirectory units;

	Communes(OrgUnitDirectory units) {
		this.units = units;
	}

	/**
	 * A commune as anyone may see it (public: names of communes are public knowledge).
	 */
	public record CommuneOption(long id, String code, String name, @Nullable String parentName) {
	}

	public List<CommuneOption> list() {
		List<OrgUnitSummary> all = units.subtree("/");
		Map<Long, String> names = new HashMap<>();
		all.forEach(unit -> names.put(unit.id(), unit.name()));
		return all.stream()
			.filter(unit -> unit.type() == OrgUnitType.COMMUNE && unit.status().isOpen())
			.map(unit -> new CommuneOption(unit.id(), unit.code(), unit.name(),
					unit.parentId() == null ? null : names.get(unit.parentId())))
			.toList();
	}

}
