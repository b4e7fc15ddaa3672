package vn.hocso.reminder.domain;

import vn.hocso.reminder.ReminderEmails;

/** Where reminder e-mails go: SMTP in production; the default writes them to the log. */
public interface ReminderMailer extends ReminderEmails {

}
