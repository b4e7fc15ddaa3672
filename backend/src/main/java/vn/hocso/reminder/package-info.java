/**
 * Reminders (nhắc học): in-app notifications and e-mails to learners who have not
 * started, are behind pace or near their deadline; at most one of each kind per learner
 * and day.
 */
@NullMarked
package vn.hocso.reminder;

import org.jspecify.annotations.NullMarked;
