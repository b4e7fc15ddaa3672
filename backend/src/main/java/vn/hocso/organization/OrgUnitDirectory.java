package vn.hocso.organization;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.CallerUnitDirectory;
import vn.hocso.organization.domain.OrgUnit;
import vn.hocso.organization.domain.OrgUnitRepository;

/**
 * Read access to units for other modules (and for identity's /api/me). Not scoped:
 * callers scope.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitDirectory implements CallerUnitDirectory {

	private final OrgUnitRepository units;

	OrgUnitDirectory(OrgUnitRepository units) {
		this.units = units;
	}

	public Optional<OrgUnitSummary> find(long id) {
		return units.findById(id).map(OrgUnitMapping::summary);
	}

	public Optional<OrgUnitSummary> findSummaryByCode(String code) {
		return units.findByCode(code).map(OrgUnitMapping::summary);
	}

	/** The units from the root down to this one, inclusive. */
	public List<OrgUnitSummary> pathOf(long id) {
		return units.findById(id)
			.map(unit -> ancestors(unit).stream().map(OrgUnitMapping::summary).toList())
			.orElse(List.of());
	}

	/**
	 * The unit with this path and every unit below it (closed ones included), ordered by
	 * path.
	 */
	public List<OrgUnitSummary> subtree(String pathPrefix) {
		return units.findSubtree(pathPrefix).stream().map(OrgUnitMapping::summary).toList();
	}

	/**
	 * For each merged unit under the path, the unit its people now belong to: the one it
	 * merged into, or that one's own successor if it merged again.
	 */
	public Map<Long, Long> successorsUnder(String pathPrefix) {
		Map<Long, Long> successors = new HashMap<>();
		for (OrgUnit unit : units.findSubtree(pathPrefix)) {
			if (unit.getStatus() == OrgUnitStatus.MERGED && unit.getMergedIntoId() != null) {
				successors.put(unit.getId(), unit.getMergedIntoId());
			}
		}
		for (Map.Entry<Long, Long> entry : successors.entrySet()) {
			long successor = entry.getValue();
			for (int hops = 0; hops < 32; hops++) {
				Long next = successors.containsKey(successor) ? successors.get(successor)
						: units.findById(successor)
							.filter(u -> u.getStatus() == OrgUnitStatus.MERGED)
							.map(OrgUnit::getMergedIntoId)
							.orElse(null);
				if (next == null) {
					break;
				}
				successor = next;
			}
			entry.setValue(successor);
		}
		return successors;
	}

	@Override
	public Optional<CallerUnit> findByCode(String code) {
		return units.findByCode(code)
			.map(unit -> new CallerUnit(unit.getId(), unit.getCode(), unit.getName(), unit.getType().name(),
					ancestors(unit).stream().map(a -> new PathElement(a.getId(), a.getCode(), a.getName())).toList()));
	}

	private List<OrgUnit> ancestors(OrgUnit unit) {
		return units.findByIdIn(unit.pathIds())
			.stream()
			.sorted(Comparator.comparingInt(u -> u.getPath().length()))
			.toList();
	}

}
