package vn.hocso.openlearning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

final class OpenLearningRequests {

	private OpenLearningRequests() {
	}

	record TopicRequest(@Nullable @Size(max = 80) String slug, @NotBlank @Size(max = 200) String title,
			@Size(max = 1000) @Nullable String summary, int position) {
	}

	record MaterialRequest(@Nullable @Size(max = 80) String slug, long topicId, @NotBlank @Size(max = 200) String title,
			@Size(max = 1000) @Nullable String summary, @Size(max = 50000) @Nullable String bodyHtml,
			@Nullable @Size(max = 64) String videoMediaId, @Nullable @Size(max = 64) String leafletMediaId,
			int position, long version) {
	}

}
