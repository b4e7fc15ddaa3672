package vn.hocso.openlearning.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocso.openlearning.domain.QrTarget;

/** What the open-learning endpoints answer. */
final class OpenLearningViews {

	private OpenLearningViews() {
	}

	record TopicView(long id, String slug, String title, String summary, int position, long version) {
	}

	record MaterialView(long id, String slug, long topicId, String title, String summary, String bodyHtml,
			@Nullable String videoMediaId, @Nullable String leafletMediaId, int position, boolean published,
			String updatedBy, Instant updatedAt, long version) {
	}

	/** A material in a public list: enough to choose it. */
	record MaterialCard(String slug, String title, String summary, String pageUrl) {
	}

	record PublicTopic(String slug, String title, String summary, String pageUrl, List<MaterialCard> materials) {
	}

	record PublicFile(String url, String contentType, long sizeBytes, @Nullable Integer durationSeconds) {
	}

	record PublicMaterialView(String slug, String title, String summary, String bodyHtml, String pageUrl,
			String topicSlug, String topicTitle, @Nullable PublicFile video, @Nullable PublicFile leaflet) {
	}

	/**
	 * One commune's reach: how many times its QR codes were opened (not how many people,
	 * not completions).
	 */
	record CommuneReach(long unitId, String code, String name, long opens) {
	}

	record ReachView(String from, String to, long totalOpens, List<CommuneReach> communes, List<TargetReach> byTarget) {
	}

	record TargetReach(long unitId, QrTarget target, String ref, long opens) {
	}

}
