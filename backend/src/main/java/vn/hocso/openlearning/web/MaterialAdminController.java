package vn.hocso.openlearning.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.openlearning.domain.MaterialAuthoring;
import vn.hocso.openlearning.domain.MaterialReads;
import vn.hocso.openlearning.domain.OpenMaterial.Content;
import vn.hocso.openlearning.web.OpenLearningRequests.MaterialRequest;
import vn.hocso.openlearning.web.OpenLearningRequests.TopicRequest;
import vn.hocso.openlearning.web.OpenLearningViews.MaterialView;
import vn.hocso.openlearning.web.OpenLearningViews.TopicView;

/** Authoring open materials and their topics: the IT centre (ADMIN) only. */
@RestController
@RequestMapping("/api/open-learning")
@Tag(name = "Open learning")
@PreAuthorize("hasRole('ADMIN')")
class MaterialAdminController {

	private final MaterialAuthoring authoring;

	private final MaterialReads reads;

	private final OpenLearningMapper mapper;

	MaterialAdminController(MaterialAuthoring authoring, MaterialReads reads, OpenLearningMapper mapper) {
		this.authoring = authoring;
		this.reads = reads;
		this.mapper = mapper;
	}

	@GetMapping("/topics")
	@Operation(summary = "Every topic of open materials, in order")
	List<TopicView> topics() {
		return reads.allTopics().stream().map(mapper::topic).toList();
	}

	@PostMapping("/topics")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a topic; its slug (address) is made from the title when not given")
	TopicView createTopic(@Valid @RequestBody TopicRequest request) {
		return mapper
			.topic(authoring.createTopic(request.slug(), request.title(), text(request.summary()), request.position()));
	}

	@PutMapping("/topics/{topicId}")
	@Operation(summary = "Rename or move a topic (its slug stays: printed QR codes lead to it)")
	TopicView editTopic(@PathVariable long topicId, @Valid @RequestBody TopicRequest request) {
		return mapper.topic(authoring.editTopic(topicId, request.title(), text(request.summary()), request.position()));
	}

	@GetMapping("/materials")
	@Operation(summary = "Every material, drafts included")
	List<MaterialView> materials() {
		return reads.allMaterials().stream().map(mapper::material).toList();
	}

	@PostMapping("/materials")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Create a material as a draft: a page (HTML, sanitized), a video and a PDF leaflet from the media library")
	MaterialView createMaterial(@Valid @RequestBody MaterialRequest request) {
		return mapper.material(authoring.createMaterial(request.slug(), request.topicId(), content(request)));
	}

	@PutMapping("/materials/{materialId}")
	@Operation(summary = "Edit a material (optimistic: the version read); its slug stays")
	MaterialView editMaterial(@PathVariable long materialId, @Valid @RequestBody MaterialRequest request) {
		return mapper
			.material(authoring.editMaterial(materialId, request.version(), request.topicId(), content(request)));
	}

	@PostMapping("/materials/{materialId}/publish")
	@Operation(summary = "Publish a material: anyone may then read it without an account")
	MaterialView publish(@PathVariable long materialId) {
		return mapper.material(authoring.publish(materialId));
	}

	@PostMapping("/materials/{materialId}/unpublish")
	@Operation(summary = "Withdraw a material from the public (its QR codes then answer 404)")
	MaterialView unpublish(@PathVariable long materialId) {
		return mapper.material(authoring.unpublish(materialId));
	}

	private static Content content(MaterialRequest request) {
		return new Content(request.title(), text(request.summary()), text(request.bodyHtml()),
				blankToNull(request.videoMediaId()), blankToNull(request.leafletMediaId()), request.position());
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
