package vn.hocso.quiz.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hocso.quiz.*}.
 *
 * @param gracePeriod answers and submits are still taken this long after the deadline
 * @param sweepInterval how often attempts past their deadline and grace are graded by the server
 */
@ConfigurationProperties("hocso.quiz")
public record QuizProperties(@DefaultValue("30s") Duration gracePeriod, @DefaultValue("15s") Duration sweepInterval) {
}
