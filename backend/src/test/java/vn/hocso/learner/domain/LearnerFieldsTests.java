package vn.hocso.learner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How names are searched and phones and CCCDs are written down. */
class LearnerFieldsTests {

	@Test
	void searchNameDropsDiacriticsCaseAndExtraSpaces() {
		assertThat(SearchName.of("  Nguyễn   Văn AN ")).isEqualTo("nguyen van an");
		assertThat(SearchName.of("Đặng Thị Ước Ơn Ư Ạ Ễ")).isEqualTo("dang thi uoc on u a e");
	}

	@Test
	void phonesWithCountryCodeOrSeparatorsBecomeTenDigitsStartingWithZero() {
		assertThat(LearnerFields.normalizePhone("+84 912 345 678")).contains("0912345678");
		assertThat(LearnerFields.normalizePhone("84912345678")).contains("0912345678");
		assertThat(LearnerFields.normalizePhone("091.234.5678")).contains("0912345678");
		assertThat(LearnerFields.normalizePhone("912345678")).contains("0912345678");
	}

	@Test
	void landlinesAreElevenDigitsStartingWith02() {
		assertThat(LearnerFields.normalizePhone("(0238) 3 844 555")).contains("02383844555");
	}

	@Test
	void numbersThatAreNotVietnamesePhonesAreRefused() {
		assertThat(LearnerFields.normalizePhone("0112345678")).isEmpty();
		assertThat(LearnerFields.normalizePhone("12345")).isEmpty();
		assertThat(LearnerFields.normalizePhone("09123456789")).isEmpty();
	}

	@Test
	void aCitizenIdIsExactlyTwelveDigits() {
		assertThat(LearnerFields.isCitizenId("040185000123")).isTrue();
		assertThat(LearnerFields.isCitizenId("04018500012")).isFalse();
		assertThat(LearnerFields.isCitizenId("04018500012a")).isFalse();
	}

}
