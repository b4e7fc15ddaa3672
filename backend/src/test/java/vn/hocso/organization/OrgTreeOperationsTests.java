package vn.hocso.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.organization.OrgUnitEvents.OrgUnitClosed;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMerged;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMoved;
import vn.hocso.organization.OrgUnitEvents.OrgUnitRenamed;
import vn.hocso.organization.domain.OrgTreeQueries;
import vn.hocso.organization.domain.OrgTreeService;
import vn.hocso.organization.domain.OrgTreeService.NewOrgUnit;
import vn.hocso.organization.domain.OrgUnit;
import vn.hocso.organization.domain.OrgUnitChange;
import vn.hocso.platform.ProblemException;
import vn.hocso.testing.AsCaller;

/**
 * The tree's operations against the real schema, with the demo tree loaded, and the
 * events they announce (read with {@link AssertablePublishedEvents}: a {@code Scenario}
 * does not work in a transactional test). Each test rolls back.
 */
@OrganizationModuleTest
@Transactional
class OrgTreeOperationsTests {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	OrgTreeService tree;

	@Autowired
	OrgTreeQueries queries;

	@Autowired
	OrgUnitDirectory directory;

	@BeforeEach
	void signInAsProvinceAdmin() {
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
	}

	@AfterEach
	void signOut() {
		AsCaller.signOut();
	}

	@Test
	void movingAUnitMovesItsWholeSubtreeAndKeepsTheOldParentInHistory(AssertablePublishedEvents events) {
		OrgUnit team = create("T-MOVE", OrgUnitType.COMMUNITY_TEAM, "NA-DIENCHAU-DIENHONG");
		OrgUnit subTeam = create("T-MOVE-SUB", OrgUnitType.OTHER, "T-MOVE");
		String oldPath = directory.find(team.getId()).orElseThrow().path();

		tree.move(team.getId(), id("NA-VINH-LEMAO"), REFORM);

		String lemaoPath = directory.findSummaryByCode("NA-VINH-LEMAO").orElseThrow().path();
		assertThat(directory.find(team.getId()).orElseThrow().path()).startsWith(lemaoPath);
		assertThat(directory.find(subTeam.getId()).orElseThrow().path())
			.isEqualTo(directory.find(team.getId()).orElseThrow().path() + subTeam.getId() + "/");
		assertThat(history(team)).extracting(OrgUnitChange::getKind)
			.containsExactly(OrgUnitChange.Kind.CREATED, OrgUnitChange.Kind.MOVED);
		assertThat(history(team).getLast().getOldValue()).isEqualTo("Xã Diễn Hồng");
		assertThat(history(team).getLast().getNewValue()).isEqualTo("Phường Lê Mao");
		assertThat(events.ofType(OrgUnitMoved.class)).singleElement()
			.isEqualTo(new OrgUnitMoved(team.getId(), id("NA-DIENCHAU-DIENHONG"), id("NA-VINH-LEMAO"), oldPath,
					directory.find(team.getId()).orElseThrow().path(), REFORM));
	}

	@Test
	void mergingAUnitKeepsItAsMergedAndMovesItsOpenSubUnitsToTheTarget(AssertablePublishedEvents events) {
		long dienHong = id("NA-DIENCHAU-DIENHONG");
		long dienThap = id("NA-DIENCHAU-DIENTHAP");
		OrgUnit team = create("T-MERGE", OrgUnitType.COMMUNITY_TEAM, "NA-DIENCHAU-DIENHONG");

		tree.merge(dienHong, dienThap, REFORM);

		OrgUnitSummary merged = directory.find(dienHong).orElseThrow();
		assertThat(merged.status()).isEqualTo(OrgUnitStatus.MERGED);
		assertThat(merged.validTo()).isEqualTo(REFORM);
		assertThat(directory.find(team.getId()).orElseThrow().parentId()).isEqualTo(dienThap);
		assertThat(queries.visibleUnit(dienHong).getMergedIntoId()).isEqualTo(dienThap);
		assertThat(queries.visibleSubtree(null, false)).extracting(OrgUnit::getCode)
			.doesNotContain("NA-DIENCHAU-DIENHONG");
		assertThat(queries.visibleSubtree(null, true)).extracting(OrgUnit::getCode).contains("NA-DIENCHAU-DIENHONG");
		assertThat(events.ofType(OrgUnitMerged.class)).singleElement()
			.isEqualTo(new OrgUnitMerged(dienHong, dienThap, REFORM));
		assertThat(events.ofType(OrgUnitMoved.class)).extracting(OrgUnitMoved::unitId, OrgUnitMoved::toParentId)
			.contains(tuple(team.getId(), dienThap));
	}

	@Test
	void aClosedUnitsHistoryIsStillReadableByAnAdmin(AssertablePublishedEvents events) {
		OrgUnit team = create("T-CLOSE", OrgUnitType.COMMUNITY_TEAM, "NA-NGHILOC-NGHIXA");

		tree.close(team.getId(), REFORM, "Hết nhiệm vụ");

		OrgUnit closed = queries.visibleUnit(team.getId());
		assertThat(closed.getStatus()).isEqualTo(OrgUnitStatus.CLOSED);
		assertThat(history(closed)).extracting(OrgUnitChange::getKind)
			.containsExactly(OrgUnitChange.Kind.CREATED, OrgUnitChange.Kind.CLOSED);
		assertThat(history(closed).getLast().getReason()).isEqualTo("Hết nhiệm vụ");
		assertThat(events.ofType(OrgUnitClosed.class)).singleElement()
			.isEqualTo(new OrgUnitClosed(team.getId(), REFORM));
	}

	@Test
	void aClosedUnitCannotBeChangedAnyMore(AssertablePublishedEvents events) {
		OrgUnit team = create("T-CLOSED2", OrgUnitType.COMMUNITY_TEAM, "NA-NGHILOC-NGHIXA");
		tree.close(team.getId(), REFORM, null);

		assertThatThrownBy(() -> tree.rename(team.getId(), "Tên mới", REFORM)).isInstanceOf(ProblemException.class)
			.hasMessage("org-unit.not-active");
		assertThat(events.ofType(OrgUnitRenamed.class)).isEmpty();
	}

	@Test
	void closingAUnitWithOpenSubUnitsIsRefusedAndAnnouncesNothing(AssertablePublishedEvents events) {
		assertThatThrownBy(() -> tree.close(id("NA-VINH"), REFORM, null)).isInstanceOf(ProblemException.class)
			.hasMessage("org-unit.has-open-children");
		assertThat(events.ofType(OrgUnitClosed.class)).isEmpty();
	}

	@Test
	void aUnitCannotMoveIntoItsOwnSubtreeAndNothingIsAnnounced(AssertablePublishedEvents events) {
		assertThatThrownBy(() -> tree.move(id("NA-DIENCHAU"), id("NA-DIENCHAU-DIENKY"), REFORM))
			.isInstanceOf(ProblemException.class)
			.hasMessage("org-unit.move-into-own-subtree");
		assertThat(events.ofType(OrgUnitMoved.class)).isEmpty();
	}

	@Test
	void renamingKeepsTheOldNameInHistory(AssertablePublishedEvents events) {
		tree.rename(id("NA-THANHCHUONG-THANHDONG"), "Xã Đồng Văn", REFORM);

		OrgUnit renamed = queries.visibleUnit(id("NA-THANHCHUONG-THANHDONG"));
		assertThat(renamed.getName()).isEqualTo("Xã Đồng Văn");
		assertThat(history(renamed).getLast().getOldValue()).isEqualTo("Xã Thanh Đồng");
		assertThat(events.ofType(OrgUnitRenamed.class)).singleElement()
			.isEqualTo(new OrgUnitRenamed(renamed.getId(), "Xã Thanh Đồng", "Xã Đồng Văn", REFORM));
	}

	@Test
	void aUnitAdminCannotChangeTheTree() {
		AsCaller.signIn("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

		assertThatThrownBy(() -> tree.rename(id("NA-DIENCHAU-DIENKY"), "X", REFORM))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anAdminOfOneProvinceCannotChangeAnotherProvince() {
		OrgUnit otherProvince = tree.createRecordedBy(
				new NewOrgUnit("TV", "Tỉnh Trà Vinh", OrgUnitType.PROVINCE, null, LocalDate.of(2020, 1, 1)),
				"system:test");

		assertThatThrownBy(() -> tree.rename(otherProvince.getId(), "X", REFORM)).isInstanceOf(ProblemException.class)
			.hasMessage("org-unit.out-of-scope");
	}

	@Test
	void aDuplicateCodeIsRefused() {
		assertThatThrownBy(() -> create("NA-VINH", OrgUnitType.DISTRICT, "NA")).isInstanceOf(ProblemException.class)
			.hasMessage("org-unit.code-taken");
	}

	private OrgUnit create(String code, OrgUnitType type, String parentCode) {
		return tree.create(new NewOrgUnit(code, "Đơn vị " + code, type, id(parentCode), LocalDate.of(2024, 1, 1)));
	}

	private long id(String code) {
		return directory.findSummaryByCode(code).orElseThrow().id();
	}

	private List<OrgUnitChange> history(OrgUnit unit) {
		return queries.historyOf(unit);
	}

}
