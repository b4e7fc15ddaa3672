package vn.hocso.openlearning.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.samskivert.mustache.Template;
import org.jspecify.annotations.Nullable;

import vn.hocso.media.MediaInfo;
import vn.hocso.openlearning.domain.MaterialReads.PublicMaterial;
import vn.hocso.openlearning.domain.MaterialReads.TopicShelf;
import vn.hocso.openlearning.domain.OpenMaterial;
import vn.hocso.platform.HtmlTemplates;

/**
 * The server-rendered pages citizens read: plain HTML and one small stylesheet, no
 * script, so a material opens in one round trip on 3G (a few KB compressed). Mustache
 * templates in {@code openlearning/*.mustache} escape every value; a material's body was
 * sanitized when it was saved. Vietnamese first, English under it in small type.
 */
final class MaterialPage {

	private static final Template PAGE = HtmlTemplates.compile("openlearning", "page");

	private static final Template MATERIAL = HtmlTemplates.compile("openlearning", "material");

	private static final Template TOPIC = HtmlTemplates.compile("openlearning", "topic");

	private static final Template INDEX = HtmlTemplates.compile("openlearning", "index");

	private static final Template NOT_FOUND = HtmlTemplates.compile("openlearning", "not-found");

	private MaterialPage() {
	}

	static String material(PublicMaterial found, List<OpenMaterial> sameTopic, String css) {
		OpenMaterial m = found.material();
		Map<String, Object> data = new HashMap<>();
		data.put("topicSlug", found.topic().getSlug());
		data.put("topicTitle", found.topic().getTitle());
		data.put("title", m.getTitle());
		data.put("summary", nonBlank(m.getSummary()));
		data.put("video",
				found.video()
					.map(video -> Map.of("url", PublicMaterialController.mediaUrl(m.getSlug(), video.id()), "duration",
							duration(video), "size", size(video.sizeBytes())))
					.orElse(null));
		data.put("bodyHtml", nonBlank(m.getBodyHtml())); // sanitized when saved
															// (RichText)
		data.put("leaflet",
				found.leaflet()
					.map(leaflet -> Map.of("url", PublicMaterialController.mediaUrl(m.getSlug(), leaflet.id()), "size",
							size(leaflet.sizeBytes())))
					.orElse(null));
		List<Map<String, String>> others = cards(
				sameTopic.stream().filter(other -> other.getId() != m.getId()).toList());
		data.put("hasOthers", !others.isEmpty());
		data.put("cards", others);
		return page(m.getTitle(), m.getSummary(), MATERIAL.execute(data), css);
	}

	static String topic(TopicShelf shelf, String css) {
		Map<String, Object> data = new HashMap<>();
		data.put("title", shelf.topic().getTitle());
		data.put("summary", nonBlank(shelf.topic().getSummary()));
		data.put("hasCards", !shelf.materials().isEmpty());
		data.put("cards", cards(shelf.materials()));
		return page(shelf.topic().getTitle(), shelf.topic().getSummary(), TOPIC.execute(data), css);
	}

	static String index(List<TopicShelf> shelves, String css) {
		List<Map<String, Object>> data = shelves.stream()
			.map(shelf -> Map.<String, Object>of("slug", shelf.topic().getSlug(), "title", shelf.topic().getTitle(),
					"cards", cards(shelf.materials())))
			.toList();
		return page("Học liệu cho người dân", "Học liệu kỹ năng số miễn phí cho người dân",
				INDEX.execute(Map.of("shelves", data)), css);
	}

	static String notFound(String css) {
		return page("Không tìm thấy", "", NOT_FOUND.execute(Map.of()), css);
	}

	private static List<Map<String, String>> cards(List<OpenMaterial> materials) {
		return materials.stream()
			.map(m -> Map.of("slug", m.getSlug(), "title", m.getTitle(), "summary", nonBlank(m.getSummary())))
			.toList();
	}

	/**
	 * The layout around a rendered body; {@code css} is the server's own stylesheet URL.
	 */
	private static String page(String title, String description, String body, String css) {
		return PAGE.execute(Map.of("title", title, "description", description, "css", css, "body", body));
	}

	private static String nonBlank(@Nullable String text) {
		return text == null || text.isBlank() ? "" : text;
	}

	/** " · 1 phút 20 giây". */
	private static String duration(MediaInfo video) {
		Integer seconds = video.durationSeconds();
		if (seconds == null) {
			return "";
		}
		return seconds >= 60 ? " · " + seconds / 60 + " phút" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " giây")
				: " · " + seconds + " giây";
	}

	/** "1,2 MB", "340 KB", in the Vietnamese way (decimal comma). */
	static String size(long bytes) {
		if (bytes >= 1_000_000) {
			return String.format(Locale.forLanguageTag("vi"), "%.1f MB", bytes / 1_000_000.0);
		}
		return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
	}

}
