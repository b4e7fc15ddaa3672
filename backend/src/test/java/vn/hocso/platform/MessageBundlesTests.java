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
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MessageBundlesTests {

	@Test
	void vietnameseAndEnglishMessagesHaveTheSameKeys() throws IOException {
		assertSameKeys(new ClassPathResource("messages.properties"), new ClassPathResource("messages_en.properties"));
	}

	@Test
	void everyModuleBundleHasTheSameKeysInBothLanguages() throws IOException {
		Resource[] vietnamese = new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties");
		for (Resource bundle : vietnamese) {
			String name = bundle.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			Resource english = new ClassPathResource("i18n/" + name.replace(".properties", "_en.properties"));
			assertThat(english.exists()).as("English bundle for i18n/" + name).isTrue();
			assertSameKeys(bundle, english);
		}
	}

	private static void assertSameKeys(Resource vietnameseBundle, Resource englishBundle) throws IOException {
		Set<String> vietnamese = keys(vietnameseBundle);
		Set<String> english = keys(englishBundle);
		assertThat(new TreeSet<>(english)).as("keys missing in " + englishBundle.getFilename()).containsAll(vietnamese);
		assertThat(new TreeSet<>(vietnamese)).as("keys missing in " + vietnameseBundle.getFilename())
			.containsAll(english);
	}

	private static Set<String> keys(Resource bundle) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}

}
