package vn.hocso.training;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.hocso.reminder.ReminderEmails;

/** Stands in for the SMTP transport: keeps what would have been sent. */
public final class RecordingEmails implements ReminderEmails {

	public record Sent(String to, String subject, String body) {
	}

	private final List<Sent> sent = new CopyOnWriteArrayList<>();

	@Override
	public void send(String to, String subject, String body) {
		sent.add(new Sent(to, subject, body));
	}

	public List<Sent> to(String address) {
		return sent.stream().filter(s -> s.to().equals(address)).toList();
	}

	public void clear() {
		sent.clear();
	}

}
