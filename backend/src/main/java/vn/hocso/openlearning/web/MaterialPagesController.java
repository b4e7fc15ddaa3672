package vn.hocso.openlearning.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.openlearning.domain.MaterialReads;
import vn.hocso.openlearning.domain.MaterialReads.PublicMaterial;
import vn.hocso.openlearning.domain.QrOpens;
import vn.hocso.platform.ProblemException;

/**
 * The pages a citizen lands on from a poster, rendered on the server (no app bundle, no
 * login script): /q/{code} counts the open for the code's commune and redirects;
 * /m/{slug} is a material, /t/{slug} a topic, /m all of them. Anyone may read them; the
 * rest of the site is unchanged.
 */
@RestController
@Tag(name = "Open learning (public)")
class MaterialPagesController {

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	/** Short, so an unpublished material leaves caches within minutes. */
	private static final CacheControl PAGE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final MaterialReads reads;

	private final QrOpens opens;

	private final byte[] css;

	private final String cssUrl;

	MaterialPagesController(MaterialReads reads, QrOpens opens) throws IOException {
		this.reads = reads;
		this.opens = opens;
		try (InputStream in = getClass().getResourceAsStream("/openlearning/material.css")) {
			this.css = java.util.Objects.requireNonNull(in).readAllBytes();
		}
		this.cssUrl = "/open-learning.css?v=" + sha256(css).substring(0, 12);
	}

	@GetMapping("/q/{code}")
	@Operation(summary = "A poster's QR code: counts one open for the commune it was printed for (no personal data, "
			+ "no cookie) and redirects to its material, topic or course")
	ResponseEntity<Void> scan(@PathVariable String code) {
		String target = opens.open(code)
			.orElseThrow(() -> ProblemException.notFound("open-learning.code-not-found", code));
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, target)
			.cacheControl(CacheControl.noStore())
			.build();
	}

	@GetMapping("/m")
	@Operation(summary = "Every published material by topic, as a light HTML page (no account needed)")
	ResponseEntity<String> index() {
		return page(HttpStatus.OK, rendered("/m", () -> MaterialPage.index(reads.publishedShelves(), cssUrl)));
	}

	@GetMapping("/m/{slug}")
	@Operation(
			summary = "A published material as a light HTML page for phones (no account, no script; the video loads on play)")
	ResponseEntity<String> material(@PathVariable String slug) {
		try {
			return page(HttpStatus.OK, rendered("/m/" + slug, () -> {
				PublicMaterial found = reads.published(slug);
				return MaterialPage.material(found, reads.publishedTopic(found.topic().getSlug()).materials(), cssUrl);
			}));
		}
		catch (ProblemException missing) {
			return page(HttpStatus.NOT_FOUND, MaterialPage.notFound(cssUrl));
		}
	}

	@GetMapping("/t/{slug}")
	@Operation(summary = "A topic's published materials as a light HTML page (no account needed)")
	ResponseEntity<String> topic(@PathVariable String slug) {
		try {
			return page(HttpStatus.OK,
					rendered("/t/" + slug, () -> MaterialPage.topic(reads.publishedTopic(slug), cssUrl)));
		}
		catch (ProblemException missing) {
			return page(HttpStatus.NOT_FOUND, MaterialPage.notFound(cssUrl));
		}
	}

	@GetMapping(path = "/open-learning.css", produces = "text/css")
	@Operation(summary = "The stylesheet of the open-learning pages (its URL carries its hash: cached for a year)")
	ResponseEntity<byte[]> stylesheet() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(css);
	}

	/**
	 * A found page is kept for {@link #FRESH} on this node: a campaign sends thousands of
	 * phones to the same few pages, which change rarely. Missing pages are not kept, so a
	 * page just published shows at once; a change to a published one shows within
	 * {@link #FRESH} (browsers keep it up to {@link #PAGE}'s five minutes anyway). Per
	 * node and disposable: nothing here must be shared.
	 */
	private String rendered(String path, java.util.function.Supplier<String> render) {
		return renderedPages.get(path, key -> render.get());
	}

	private static final Duration FRESH = Duration.ofSeconds(30);

	private final Cache<String, String> renderedPages = Caffeine.newBuilder()
		.expireAfterWrite(FRESH)
		.maximumSize(10_000)
		.build();

	private static ResponseEntity<String> page(HttpStatus status, String html) {
		return ResponseEntity.status(status).contentType(HTML).cacheControl(PAGE).body(html);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
