package vn.hocso.reminder.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.reminder.domain.ReminderService;
import vn.hocso.reminder.domain.ReminderService.Notification;

@RestController
@Tag(name = "Reminders")
class NotificationController {

	private final ReminderService reminders;

	NotificationController(ReminderService reminders) {
		this.reminders = reminders;
	}

	@GetMapping("/api/me/notifications")
	@Operation(
			summary = "The caller's reminders (not started, behind pace, deadline near, from the trainer), newest first")
	List<Notification> myNotifications(Locale locale) {
		return reminders.mine(locale);
	}

}
