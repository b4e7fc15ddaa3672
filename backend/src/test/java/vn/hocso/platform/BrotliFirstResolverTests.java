package vn.hocso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class BrotliFirstResolverTests {

	@Test
	void aBrowserListingGzipFirstIsAskedForBrotliFirst() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Encoding", "gzip, deflate, br, zstd");
		assertThat(BrotliFirstResolver.brotliFirst(request).getHeader("Accept-Encoding")).startsWith("br, gzip");
	}

	@Test
	void aBrowserWithoutBrotliKeepsItsHeader() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Encoding", "gzip, deflate");
		assertThat(BrotliFirstResolver.brotliFirst(request).getHeader("Accept-Encoding")).isEqualTo("gzip, deflate");
	}

	@Test
	void brotliRefusedWithQZeroIsNotForced() {
		assertThat(BrotliFirstResolver.acceptsBrotli("gzip, br;q=0")).isFalse();
		assertThat(BrotliFirstResolver.acceptsBrotli("gzip, br;q=0.5")).isTrue();
		assertThat(BrotliFirstResolver.acceptsBrotli("gzip, brotli-fake")).isFalse();
	}

}
