package vn.hocso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hocso.testing.RealKeycloak;

/**
 * A unit's staff e-mails come from the demo realm's users: by unit attribute and realm
 * role.
 */
@SpringBootTest
class StaffContactsIT {

	@Autowired
	StaffContacts staff;

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

}
