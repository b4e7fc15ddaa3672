package vn.hocso.planning.domain;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param forecastWindowDays the recent days the forecast's pace is taken from
 * @param publicMinCell the smallest population the public dashboard shows a figure for
 */
@ConfigurationProperties("hocso.planning")
public record PlanningProperties(int forecastWindowDays, int publicMinCell, Path evidenceDir,
		DataSize maxEvidenceSize) {
}
