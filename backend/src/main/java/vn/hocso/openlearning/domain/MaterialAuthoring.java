package vn.hocso.openlearning.domain;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.media.MediaInfo;
import vn.hocso.media.MediaKind;
import vn.hocso.media.MediaLibrary;
import vn.hocso.openlearning.domain.OpenMaterial.Content;
import vn.hocso.platform.ProblemException;

/**
 * What an ADMIN does with topics and materials. Media must exist and be of the right
 * kind.
 */
@Service
@Transactional
public class MaterialAuthoring {

	private final TopicRepository topics;

	private final OpenMaterialRepository materials;

	private final MediaLibrary media;

	private final CurrentCaller caller;

	private final Clock clock;

	MaterialAuthoring(TopicRepository topics, OpenMaterialRepository materials, MediaLibrary media,
			CurrentCaller caller, Clock clock) {
		this.topics = topics;
		this.materials = materials;
		this.media = media;
		this.caller = caller;
		this.clock = clock;
	}

	public Topic createTopic(@Nullable String slug, String title, String summary, int position) {
		String chosen = slug == null || slug.isBlank() ? Slugs.of(title) : slug;
		if (topics.findBySlug(chosen).isPresent()) {
			throw ProblemException.conflict("open-learning.slug-taken", chosen);
		}
		return topics.save(new Topic(chosen, title, summary, position));
	}

	public Topic editTopic(long topicId, String title, String summary, int position) {
		Topic topic = topic(topicId);
		topic.edit(title, summary, position);
		return topic;
	}

	public OpenMaterial createMaterial(@Nullable String slug, long topicId, Content content) {
		topic(topicId);
		String chosen = slug == null || slug.isBlank() ? Slugs.of(content.title()) : slug;
		if (materials.findBySlug(chosen).isPresent()) {
			throw ProblemException.conflict("open-learning.slug-taken", chosen);
		}
		requireMedia(content);
		return materials.save(new OpenMaterial(chosen, topicId, content, caller.get().username(), clock.instant()));
	}

	public OpenMaterial editMaterial(long materialId, long version, long topicId, Content content) {
		OpenMaterial material = material(materialId);
		if (material.getVersion() != version) {
			throw ProblemException.conflict("open-learning.stale", material.getSlug());
		}
		topic(topicId);
		requireMedia(content);
		material.apply(topicId, content, caller.get().username(), clock.instant());
		return material;
	}

	public OpenMaterial publish(long materialId) {
		OpenMaterial material = material(materialId);
		if (material.getBodyHtml().isBlank() && material.getVideoMediaId() == null
				&& material.getLeafletMediaId() == null) {
			throw ProblemException.conflict("open-learning.empty", material.getSlug());
		}
		material.publish(caller.get().username(), clock.instant());
		return material;
	}

	public OpenMaterial unpublish(long materialId) {
		OpenMaterial material = material(materialId);
		material.unpublish(caller.get().username(), clock.instant());
		return material;
	}

	private void requireMedia(Content content) {
		String videoId = content.videoMediaId();
		if (videoId != null) {
			MediaInfo video = media.find(videoId)
				.orElseThrow(() -> ProblemException.badRequest("open-learning.media-missing", videoId));
			if (!video.kind().isVideo()) {
				throw ProblemException.badRequest("open-learning.not-a-video", video.fileName());
			}
		}
		String leafletId = content.leafletMediaId();
		if (leafletId != null) {
			MediaInfo leaflet = media.find(leafletId)
				.orElseThrow(() -> ProblemException.badRequest("open-learning.media-missing", leafletId));
			if (leaflet.kind() != MediaKind.PDF) {
				throw ProblemException.badRequest("open-learning.not-a-pdf", leaflet.fileName());
			}
		}
	}

	private Topic topic(long topicId) {
		return topics.findById(topicId)
			.orElseThrow(() -> ProblemException.notFound("open-learning.topic-not-found", topicId));
	}

	private OpenMaterial material(long materialId) {
		return materials.findById(materialId)
			.orElseThrow(() -> ProblemException.notFound("open-learning.material-not-found", materialId));
	}

}
