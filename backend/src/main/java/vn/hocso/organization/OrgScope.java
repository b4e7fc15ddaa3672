package vn.hocso.organization;

import java.util.List;

/**
 * The part of the tree a caller may read and write: the subtrees under these root paths.
 * A module scopes a query by requiring its unit's path to start with one of
 * {@link #rootPaths()}.
 */
public record OrgScope(List<String> rootPaths) {

	public OrgScope {
		rootPaths = List.copyOf(rootPaths);
	}

	public static OrgScope nothing() {
		return new OrgScope(List.of());
	}

	public boolean isEmpty() {
		return rootPaths.isEmpty();
	}

	/**
	 * True when the unit with this path lies in (or is the root of) a visible subtree.
	 */
	public boolean covers(String unitPath) {
		for (String root : rootPaths) {
			if (unitPath.startsWith(root)) {
				return true;
			}
		}
		return false;
	}

}
