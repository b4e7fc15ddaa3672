package vn.hocso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.hocso.identity.Caller;
import vn.hocso.identity.Role;
import vn.hocso.organization.domain.OrgUnit;
import vn.hocso.organization.domain.ScopePolicy;
import static vn.hocso.testing.OrgUnitFixtures.unit;

class ScopePolicyTests {

	private final OrgUnit province = unit(1, "NA", OrgUnitType.PROVINCE, null);

	private final OrgUnit homeAffairs = unit(2, "NA-SNV", OrgUnitType.DEPARTMENT, province);

	private final OrgUnit dienChau = unit(3, "NA-DIENCHAU", OrgUnitType.DISTRICT, province);

	private final OrgUnit dienKy = unit(4, "NA-DIENCHAU-DIENKY", OrgUnitType.COMMUNE, dienChau);

	private final OrgUnit vinh = unit(5, "NA-VINH", OrgUnitType.DISTRICT, province);

	@Test
	void unitAdminSeesOwnSubtreeButNotASiblingDistrict() {
		OrgScope scope = scopeOf(caller("NA-DIENCHAU", Role.UNIT_ADMIN), dienChau, List.of(province, dienChau));

		assertThat(scope.covers(dienChau.getPath())).isTrue();
		assertThat(scope.covers(dienKy.getPath())).isTrue();
		assertThat(scope.covers(vinh.getPath())).isFalse();
		assertThat(scope.covers(province.getPath())).isFalse();
	}

	@Test
	void trainerSeesOnlyTheirCommune() {
		OrgScope scope = scopeOf(caller("NA-DIENCHAU-DIENKY", Role.TRAINER), dienKy,
				List.of(province, dienChau, dienKy));

		assertThat(scope.covers(dienKy.getPath())).isTrue();
		assertThat(scope.covers(dienChau.getPath())).isFalse();
	}

	@Test
	void verifierAtHomeAffairsSeesTheWholeProvince() {
		OrgScope scope = scopeOf(caller("NA-SNV", Role.VERIFIER), homeAffairs, List.of(province, homeAffairs));

		assertThat(scope.covers(vinh.getPath())).isTrue();
		assertThat(scope.covers(dienKy.getPath())).isTrue();
	}

	@Test
	void adminAttachedToTheProvinceSeesAllOfIt() {
		OrgScope scope = scopeOf(caller("NA", Role.ADMIN), province, List.of(province));

		assertThat(scope.covers(province.getPath())).isTrue();
		assertThat(scope.covers(dienKy.getPath())).isTrue();
	}

	@Test
	void scopeDoesNotConfuseIdsThatShareDigits() {
		OrgUnit unit1 = unit(1, "A", OrgUnitType.PROVINCE, null);
		OrgUnit unit12 = unit(12, "B", OrgUnitType.PROVINCE, null);

		OrgScope scope = new OrgScope(List.of(unit1.getPath()));

		assertThat(scope.covers(unit12.getPath())).isFalse();
	}

	@Test
	void nothingIsVisibleWithoutAUnit() {
		assertThat(OrgScope.nothing().covers(province.getPath())).isFalse();
	}

	private static OrgScope scopeOf(Caller caller, OrgUnit own, List<OrgUnit> ancestors) {
		return new OrgScope(List.of(ScopePolicy.scopeRoot(caller, own, ancestors).getPath()));
	}

	private static Caller caller(String unitCode, Role role) {
		return new Caller("someone", "Someone", Set.of(role), unitCode);
	}

}
