package vn.hocso.learner.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded staff spreadsheets ({@code hocso.learner-import.*}).
 *
 * @param maxFileSize the largest upload accepted
 * @param maxRows the most data rows in one file
 * @param maxUncompressedSize the most bytes an .xlsx may expand to (a zip bomb stops
 * here)
 * @param backgroundRows files with more data rows than this are validated in the
 * background
 */
@ConfigurationProperties("hocso.learner-import")
public record LearnerImportProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("100000") int maxRows,
		@DefaultValue("200MB") DataSize maxUncompressedSize, @DefaultValue("5000") int backgroundRows) {
}
