package vn.hocso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hocso.testing.RealKeycloak;

/**
 * A unit's staff e-mails, and the trainers a class may be given, come from the demo
 * realm's users: by unit attribute and realm role. (The enrolment module's tests stand in
 * for the directory; this is where the real Keycloak answers.)
 */
@SpringBootTest
class StaffContactsIT {

	@Autowired
	StaffContacts staff;

	@Autowired
	StaffDirectory directory;

	@BeforeAll
	static void keycloak() {
		RealKeycloak.awaitReady(Duration.ofMinutes(5));
	}

	@Test
	void theUnitAdminOfDienChauIsFoundByUnitAndRole() {
		assertThat(staff.emailsOf("NA-DIENCHAU", Role.UNIT_ADMIN)).containsExactly("demo.unitadmin@hocso.example");
	}

	@Test
	void otherRolesAndOtherUnitsAreNotUnitAdmins() {
		assertThat(staff.emailsOf("NA-DIENCHAU-DIENKY", Role.UNIT_ADMIN)).as("the trainer's and learners' unit")
			.isEmpty();
		assertThat(staff.emailsOf("NA", Role.UNIT_ADMIN)).as("admin and reporter of the province").isEmpty();
		assertThat(staff.emailsOf("NA", Role.REPORTER)).containsExactly("demo.reporter@hocso.example");
	}

	@Test
	void theTrainersOfACommuneAreFoundUnderTheDistrictsPrefix() {
		assertThat(directory.withRole(Role.TRAINER, "NA-DIENCHAU", List.of("NA-DIENCHAU-DIENKY", "NA-DIENCHAU")))
			.extracting(StaffDirectory.StaffMember::username, StaffDirectory.StaffMember::displayName,
					StaffDirectory.StaffMember::unitCode)
			.contains(tuple("demo.trainer", "Trần Thị Hồng Ánh", "NA-DIENCHAU-DIENKY"));
		assertThat(directory.withRole(Role.TRAINER, "NA-DIENCHAU", List.of("NA-DIENCHAU")))
			.as("only the units asked for: the trainer's commune is not")
			.allMatch(member -> member.unitCode().equals("NA-DIENCHAU"))
			.extracting(StaffDirectory.StaffMember::username)
			.doesNotContain("demo.trainer");
		assertThat(directory.withRole(Role.UNIT_ADMIN, "NA-DIENCHAU", List.of("NA-DIENCHAU-DIENKY")))
			.as("only the role asked for")
			.extracting(StaffDirectory.StaffMember::username)
			.doesNotContain("demo.trainer", "demo.unitadmin");
	}

}
