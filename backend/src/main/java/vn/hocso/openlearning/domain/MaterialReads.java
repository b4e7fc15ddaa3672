package vn.hocso.openlearning.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.media.MediaInfo;
import vn.hocso.media.MediaLibrary;
import vn.hocso.platform.ProblemException;

/**
 * Reading materials: everything for authors, only what is published for everyone else.
 */
@Service
@Transactional(readOnly = true)
public class MaterialReads {

	private final TopicRepository topics;

	private final OpenMaterialRepository materials;

	private final MediaLibrary media;

	MaterialReads(TopicRepository topics, OpenMaterialRepository materials, MediaLibrary media) {
		this.topics = topics;
		this.materials = materials;
		this.media = media;
	}

	/** A topic with its published materials, in order. */
	public record TopicShelf(Topic topic, List<OpenMaterial> materials) {
	}

	/** A published material, its topic, and its media (absent when a file is gone). */
	public record PublicMaterial(OpenMaterial material, Topic topic, Optional<MediaInfo> video,
			Optional<MediaInfo> leaflet) {
	}

	/** Every topic that has a published material, each with those materials. */
	public List<TopicShelf> publishedShelves() {
		Map<Long, List<OpenMaterial>> byTopic = new LinkedHashMap<>();
		for (OpenMaterial material : materials.findByPublishedTrueOrderByPositionAscIdAsc()) {
			byTopic.computeIfAbsent(material.getTopicId(), id -> new ArrayList<>()).add(material);
		}
		List<TopicShelf> shelves = new ArrayList<>();
		for (Topic topic : topics.findAllByOrderByPositionAscIdAsc()) {
			List<OpenMaterial> shown = byTopic.get(topic.getId());
			if (shown != null) {
				shelves.add(new TopicShelf(topic, shown));
			}
		}
		return shelves;
	}

	public TopicShelf publishedTopic(String slug) {
		Topic topic = topics.findBySlug(slug)
			.orElseThrow(() -> ProblemException.notFound("open-learning.topic-not-found", slug));
		return new TopicShelf(topic, materials.findByTopicIdAndPublishedTrueOrderByPositionAscIdAsc(topic.getId()));
	}

	public PublicMaterial published(String slug) {
		OpenMaterial material = materials.findBySlugAndPublishedTrue(slug)
			.orElseThrow(() -> ProblemException.notFound("open-learning.material-not-found", slug));
		Topic topic = topics.findById(material.getTopicId()).orElseThrow();
		return new PublicMaterial(material, topic, mediaOf(material.getVideoMediaId()),
				mediaOf(material.getLeafletMediaId()));
	}

	/**
	 * A media file of a published material, or 404 (unpublished, or not shown by that
	 * material).
	 */
	public MediaInfo publishedMedia(String slug, String mediaId) {
		if (materials.findBySlugAndPublishedTrue(slug).filter(found -> found.shows(mediaId)).isEmpty()) {
			throw ProblemException.notFound("media.not-found", mediaId);
		}
		return media.find(mediaId).orElseThrow(() -> ProblemException.notFound("media.not-found", mediaId));
	}

	public List<Topic> allTopics() {
		return topics.findAllByOrderByPositionAscIdAsc();
	}

	public List<OpenMaterial> allMaterials() {
		return materials.findAllByOrderByTopicIdAscPositionAscIdAsc();
	}

	public Optional<OpenMaterial> materialBySlug(String slug) {
		return materials.findBySlug(slug);
	}

	public Optional<Topic> topicBySlug(String slug) {
		return topics.findBySlug(slug);
	}

	private Optional<MediaInfo> mediaOf(@Nullable String mediaId) {
		return mediaId == null ? Optional.empty() : media.find(mediaId);
	}

}
