package vn.hocso.openlearning.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import vn.hocso.media.MediaInfo;
import vn.hocso.openlearning.domain.MaterialReads.PublicMaterial;
import vn.hocso.openlearning.domain.MaterialReads.TopicShelf;
import vn.hocso.openlearning.domain.OpenMaterial;

/**
 * The server-rendered pages citizens read: plain HTML and one small stylesheet, no script, so a
 * material opens in one round trip on 3G (a few KB compressed). Every value is escaped; a material's
 * body was sanitized when it was saved. Vietnamese first, English under it in small type.
 */
final class MaterialPage {

	private MaterialPage() {
	}

	static String material(PublicMaterial found, List<OpenMaterial> sameTopic, String css) {
		OpenMaterial m = found.material();
		StringBuilder body = new StringBuilder(8192);
		body.append("<nav class=\"crumbs\"><a href=\"/m\">Học liệu</a> › <a href=\"/t/").append(escape(found.topic().getSlug()))
			.append("\">").append(escape(found.topic().getTitle())).append("</a></nav>");
		body.append("<h1>").append(escape(m.getTitle())).append("</h1>");
		if (!m.getSummary().isBlank()) {
			body.append("<p class=\"lead\">").append(escape(m.getSummary())).append("</p>");
		}
		found.video().ifPresent(video -> body.append("<video controls preload=\"none\" playsinline src=\"")
			.append(PublicMaterialController.mediaUrl(m.getSlug(), video.id()))
			.append("\" aria-label=\"Video: ").append(escape(m.getTitle())).append("\"></video><p class=\"meta\">Video")
			.append(duration(video)).append(" · ").append(size(video.sizeBytes()))
			.append(" <span class=\"en\">The video loads only when you press play.</span></p>"));
		if (!m.getBodyHtml().isBlank()) {
			body.append("<article>").append(m.getBodyHtml()).append("</article>");
		}
		found.leaflet().ifPresent(leaflet -> body.append("<p><a class=\"button\" href=\"")
			.append(PublicMaterialController.mediaUrl(m.getSlug(), leaflet.id()))
			.append("\">Tải tờ rơi (PDF, ").append(size(leaflet.sizeBytes()))
			.append(")<span class=\"en\">Download the leaflet</span></a></p>"));
		List<OpenMaterial> others = sameTopic.stream().filter(other -> other.getId() != m.getId()).toList();
		if (!others.isEmpty()) {
			body.append("<h2>Cùng chủ đề <span class=\"en\">More on this topic</span></h2>").append(cards(others));
		}
		return page(m.getTitle(), m.getSummary(), body, css);
	}

	static String topic(TopicShelf shelf, String css) {
		StringBuilder body = new StringBuilder(4096);
		body.append("<nav class=\"crumbs\"><a href=\"/m\">Học liệu</a></nav><h1>").append(escape(shelf.topic().getTitle()))
			.append("</h1>");
		if (!shelf.topic().getSummary().isBlank()) {
			body.append("<p class=\"lead\">").append(escape(shelf.topic().getSummary())).append("</p>");
		}
		body.append(shelf.materials().isEmpty() ? "<p>Chủ đề này chưa có học liệu. <span class=\"en\">Nothing here yet.</span></p>"
				: cards(shelf.materials()));
		return page(shelf.topic().getTitle(), shelf.topic().getSummary(), body, css);
	}

	static String index(List<TopicShelf> shelves, String css) {
		StringBuilder body = new StringBuilder(8192);
		body.append("<h1>Học liệu kỹ năng số cho người dân<span class=\"en\">Digital skills for everyone</span></h1>")
			.append("<p class=\"lead\">Miễn phí, không cần tài khoản. <span class=\"en\">Free, no account needed.</span></p>");
		for (TopicShelf shelf : shelves) {
			body.append("<h2><a href=\"/t/").append(escape(shelf.topic().getSlug())).append("\">")
				.append(escape(shelf.topic().getTitle())).append("</a></h2>").append(cards(shelf.materials()));
		}
		return page("Học liệu cho người dân", "Học liệu kỹ năng số miễn phí cho người dân", body, css);
	}

	static String notFound(String css) {
		StringBuilder body = new StringBuilder("<div class=\"missing\"><h1>Không tìm thấy học liệu")
			.append("<span class=\"en\">Material not found</span></h1>")
			.append("<p>Học liệu này không có hoặc đã được gỡ xuống. <a href=\"/m\">Xem các học liệu khác</a>.</p></div>");
		return page("Không tìm thấy", "", body, css);
	}

	private static String cards(List<OpenMaterial> materials) {
		StringBuilder cards = new StringBuilder("<ul class=\"cards\">");
		for (OpenMaterial m : materials) {
			cards.append("<li><a href=\"/m/").append(escape(m.getSlug())).append("\">").append(escape(m.getTitle()))
				.append("</a>");
			if (!m.getSummary().isBlank()) {
				cards.append("<p>").append(escape(m.getSummary())).append("</p>");
			}
			cards.append("</li>");
		}
		return cards.append("</ul>").toString();
	}

	private static String page(String title, String description, CharSequence body, String css) {
		return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<title>" + escape(title) + " — Học Số</title>"
				+ "<meta name=\"description\" content=\"" + escape(description) + "\">"
				+ "<link rel=\"stylesheet\" href=\"" + css + "\"></head><body>"
				+ "<header><a href=\"/m\">Học Số · Học liệu cho người dân<small>Digital skills for everyone</small></a></header>"
				+ "<main>" + body + "</main>"
				+ "<footer>Học Số — học liệu miễn phí của tỉnh. <span class=\"en\">Free materials from the province.</span>"
				+ "</footer></body></html>";
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

	static String escape(@Nullable String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
