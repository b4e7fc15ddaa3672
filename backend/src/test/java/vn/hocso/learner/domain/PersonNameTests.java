package vn.hocso.learner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The name rule: NFC, single spaces, what Vietnamese lists hold — and the realm holds the
 * same pattern.
 */
class PersonNameTests {

	@Test
	void aDecomposedNameIsStoredComposed() {
		String nfd = Normalizer.normalize("Nguyễn Thị Thuỷ Tiên", Normalizer.Form.NFD);
		assertThat(PersonName.normalize("  " + nfd.replace(" ", "\u00A0 \t") + " ")).isEqualTo("Nguyễn Thị Thuỷ Tiên");
	}

	@Test
	void controlAndInvisibleCharactersAreRefusedNamingTheCodePoint() {
		assertThat(PersonName.problem("Nguyễn\u0000Văn")).get()
			.extracting(PersonName.Problem::detail)
			.isEqualTo("U+0000");
		assertThat(PersonName.problem("Nguyễn\u200BVăn")).get()
			.extracting(PersonName.Problem::code)
			.isEqualTo("name-control-character");
		assertThat(PersonName.problem("Trần \u202ETám")).get()
			.extracting(PersonName.Problem::code)
			.isEqualTo("name-control-character");
	}

	@Test
	void parenthesesDotsHyphensApostrophesAndCommasAreNames() {
		for (String name : List.of("Nguyễn Văn Tư (Bí thư)", "H'Hen Niê", "Lê-Trần T. Mai", "Ksor H’Bia",
				"Trần Thị Thuỷ, Tiên")) {
			assertThat(PersonName.problem(name)).as(name).isEmpty();
		}
	}

	@Test
	void markupAndPunctuationOutsideNamesAreRefusedNamingTheCharacter() {
		assertThat(PersonName.problem("Nguyễn <Văn>")).get().extracting(PersonName.Problem::detail).isEqualTo("<");
		assertThat(PersonName.problem("Lê Văn; DROP")).get().extracting(PersonName.Problem::detail).isEqualTo(";");
	}

	@Test
	void theRealmChecksFirstAndLastNamesWithTheSamePattern() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode realm = json.readTree(Files.readString(Path.of("../infra/keycloak/hocso-realm-template.json")));
		JsonNode profile = json.readTree(realm.path("components")
			.path("org.keycloak.userprofile.UserProfileProvider")
			.get(0)
			.path("config")
			.path("kc.user.profile.config")
			.get(0)
			.asString());
		List<String> patterns = new ArrayList<>();
		for (JsonNode attribute : profile.path("attributes")) {
			String name = attribute.path("name").asString();
			if (name.equals("firstName") || name.equals("lastName")) {
				patterns.add(attribute.path("validations").path("pattern").path("pattern").asString());
				assertThat(attribute.path("validations").has("person-name-prohibited-characters")).isFalse();
			}
		}
		assertThat(patterns).containsExactly(PersonName.PATTERN, PersonName.PATTERN);
	}

}
