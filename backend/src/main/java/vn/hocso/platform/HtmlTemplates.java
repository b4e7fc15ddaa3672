package vn.hocso.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.springframework.core.io.ClassPathResource;

/**
 * Mustache templates of the server-rendered HTML pages, read from the classpath once.
 * Every {@code {{value}}} is HTML-escaped; only {@code {{{value}}}} inserts markup, and
 * is kept for markup the server made or sanitized itself. A null value renders as
 * nothing, and a section over an empty string is skipped; a name missing from the data
 * fails the rendering (a typo never shows as an empty field). Partials ({@code {{>
 * name}}}) are read from the same folder as the template.
 */
public final class HtmlTemplates {

	private HtmlTemplates() {
	}

	/** The template {@code classpath:<folder>/<name>.mustache}. */
	public static Template compile(String folder, String name) {
		Mustache.Compiler compiler = Mustache.compiler()
			.escapeHTML(true)
			.nullValue("")
			.emptyStringIsFalse(true)
			.withLoader(partial -> reader(folder, partial));
		try (Reader reader = reader(folder, name)) {
			return compiler.compile(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Reader reader(String folder, String name) throws IOException {
		return new InputStreamReader(new ClassPathResource(folder + "/" + name + ".mustache").getInputStream(),
				StandardCharsets.UTF_8);
	}

}
