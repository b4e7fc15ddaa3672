package vn.hocso.openlearning.web;

import org.mapstruct.Mapper;

import vn.hocso.openlearning.domain.OpenMaterial;
import vn.hocso.openlearning.domain.Topic;
import vn.hocso.openlearning.web.OpenLearningViews.MaterialView;
import vn.hocso.openlearning.web.OpenLearningViews.TopicView;

@Mapper
interface OpenLearningMapper {

	TopicView topic(Topic topic);

	MaterialView material(OpenMaterial material);

}
