package vn.hocso.training.web;

import org.mapstruct.Mapper;

import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.training.domain.Attendance;
import vn.hocso.training.domain.Nomination;
import vn.hocso.training.domain.TrainingClass;
import vn.hocso.training.domain.TrainingProgramme;
import vn.hocso.training.domain.TrainingReads;
import vn.hocso.training.domain.TrainingSession;
import vn.hocso.training.web.TrainingViews.ClassView;
import vn.hocso.training.web.TrainingViews.MarkView;
import vn.hocso.training.web.TrainingViews.NominationView;
import vn.hocso.training.web.TrainingViews.ProgrammeView;
import vn.hocso.training.web.TrainingViews.SessionView;
import vn.hocso.training.web.TrainingViews.UnitLineView;
import vn.hocso.training.web.TrainingViews.UnitView;

@Mapper
interface TrainingMapper {

	ProgrammeView programme(TrainingProgramme programme);

	ClassView trainingClass(TrainingClass trainingClass);

	SessionView session(TrainingSession session);

	NominationView nomination(Nomination nomination);

	UnitView unit(OrgUnitSummary unit);

	MarkView mark(Attendance attendance);

	UnitLineView unitLine(TrainingReads.UnitLine line);

}
