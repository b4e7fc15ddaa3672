package vn.hocso.quiz.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hocso.quiz.*}.
 *
 * @param gracePeriod answers and submits are still taken this long after the deadline
 * @param sweepInterval how often attempts past their deadline and grace are graded by the
 * server
 * @param startCacheTtl how long a course's drawable bank and policy, and a wave's window,
 * are kept in memory for starts; changes through the same node apply at once, another
 * node's within this time
 */
@ConfigurationProperties("hocso.quiz")
public record QuizProperties(@DefaultValue("30s") Duration gracePeriod, @DefaultValue("15s") Duration sweepInterval,
		@DefaultValue("10s") Duration startCacheTtl) {
}
