package vn.hocso.planning;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentFigures;
import vn.hocso.exam.ExamResults;
import vn.hocso.headcount.VerifiedHeadcounts;
import vn.hocso.headcount.VerifiedPopulations;
import vn.hocso.identity.StaffContacts;
import vn.hocso.openlearning.QrReach;
import vn.hocso.reminder.ReminderEmails;
import vn.hocso.training.TrainedFocalPoints;

/**
 * The planning module with the real org tree (organization), the calendar, identity and
 * platform; the learner registry and the course catalog are {@link PlanningLearners}'
 * in-memory stand-ins, every other module's API a mock. Every planning module test uses
 * exactly this annotation, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "organization", "calendar", "identity", "platform" })
@AutoConfigureMockMvc
@Import(PlanningLearners.Config.class)
@MockitoBean(types = { EnrolmentDirectory.class, EnrolmentFigures.class, ExamResults.class, TrainedFocalPoints.class,
		VerifiedHeadcounts.class, VerifiedPopulations.class, QrReach.class, ReminderEmails.class, StaffContacts.class })
public @interface PlanningModuleTest {

}
