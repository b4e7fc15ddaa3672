package vn.hocso.exam.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.hocso.exam.domain.Exam;
import vn.hocso.exam.domain.ExamAdministration;
import vn.hocso.exam.web.ExamViews.CandidateView;
import vn.hocso.exam.web.ExamViews.ExamView;
import vn.hocso.exam.web.ExamViews.UnitLineView;
import vn.hocso.exam.web.ExamViews.UnitView;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitSummary;

@Mapper
interface ExamMapper {

	// positionList() is no getter: without this MapStruct left it null and the staff's
	// exam list broke.
	@Mapping(target = "positionList", expression = "java(exam.positionList())")
	ExamView exam(Exam exam);

	UnitView unit(OrgUnitSummary unit);

	// The rates are computed by the domain (no record components): mapped by hand, else
	// they answered null.
	@Mapping(target = "assessedRate", expression = "java(line.assessedRate())")
	@Mapping(target = "passRate", expression = "java(line.passRate())")
	UnitLineView unitLine(ExamAdministration.UnitLine line);

	CandidateView candidate(LearnerSummary learner);

	@Mapping(target = "passRate",
			expression = "java(results.assessed() == 0 ? null : 100.0 * results.passed() / results.assessed())")
	ExamViews.ResultsView results(ExamAdministration.Results results);

}
