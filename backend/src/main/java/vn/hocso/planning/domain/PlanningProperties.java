package vn.hocso.planning.domain;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param forecastWindowDays the recent days the forecast's pace is taken from
 * @param publicMinCell the smallest population the public dashboard shows a figure for
 * @param evidenceDir where the evidence of reported indicator values is stored (shared
 * storage when several nodes run)
 * @param maxEvidenceSize the largest evidence file accepted
 * @param reportReminderLeadDays how many days before a report's due date the units that
 * have not confirmed their section are reminded (once each)
 */
@ConfigurationProperties("hocso.planning")
public record PlanningProperties(int forecastWindowDays, int publicMinCell, Path evidenceDir, DataSize maxEvidenceSize,
		@DefaultValue( {
				"3", "1" }) List<Integer> reportReminderLeadDays){
}
