package vn.hocso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ProblemArgumentsTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final StaticMessageSource messages = new StaticMessageSource();

	ProblemArgumentsTests() {
		messages.addMessage("attempt", VIETNAMESE, "Bài làm {0} đã nộp lúc {1}.");
	}

	@Test
	void anIdIsWrittenWithoutDigitGrouping() {
		String text = messages.getMessage("attempt", ProblemArguments.plain(1028L, "08:15"), VIETNAMESE);
		assertThat(text).isEqualTo("Bài làm 1028 đã nộp lúc 08:15.");
	}

	@Test
	void withoutItTheSameIdWouldBeGroupedLikeAnAmount() {
		String text = messages.getMessage("attempt", new Object[] { 987654321L, "08:15" }, VIETNAMESE);
		assertThat(text).startsWith("Bài làm 987.654.321");
	}

	@Test
	void otherArgumentsAreLeftAsTheyAre() {
		Object[] plain = ProblemArguments.plain("NA-2026-000123", 2.5);
		assertThat(plain).containsExactly("NA-2026-000123", 2.5);
	}

}
