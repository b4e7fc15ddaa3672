package vn.hocso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MessageBundlesTests {

	@Test
	void vietnameseAndEnglishMessagesHaveTheSameKeys() throws IOException {
		Set<String> vietnamese = keys("messages.properties");
		Set<String> english = keys("messages_en.properties");

		assertThat(new TreeSet<>(english)).as("keys missing in English").containsAll(vietnamese);
		assertThat(new TreeSet<>(vietnamese)).as("keys missing in Vietnamese").containsAll(english);
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}

}
