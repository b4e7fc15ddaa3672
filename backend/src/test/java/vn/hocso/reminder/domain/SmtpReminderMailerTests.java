package vn.hocso.reminder.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Reminder e-mails really travel over SMTP (to a minimal SMTP server run by the test).
 */
class SmtpReminderMailerTests {

	@Test
	void aReminderIsDeliveredOverSmtpWithItsVietnameseSubjectAndBody() throws Exception {
		try (ServerSocket server = new ServerSocket(0)) {
			CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> receiveOneMessage(server));
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(server.getLocalPort());
			sender.setDefaultEncoding("UTF-8");

			new SmtpReminderMailer(sender, "no-reply@hocso.local").send("hung.dq@dienky.example",
					"Nhắc học: còn 2 ngày làm việc",
					"Anh/chị Đặng Quốc Hưng còn 2 ngày làm việc để hoàn thành khóa học.");

			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
					new ByteArrayInputStream(received.get(10, TimeUnit.SECONDS).getBytes(StandardCharsets.UTF_8)));
			assertThat(message.getSubject()).isEqualTo("Nhắc học: còn 2 ngày làm việc");
			assertThat(message.getAllRecipients()[0].toString()).isEqualTo("hung.dq@dienky.example");
			assertThat(message.getContent().toString()).contains("Đặng Quốc Hưng còn 2 ngày làm việc");
		}
	}

	@Test
	void anUnreachableMailServerIsLoggedNotThrownSoTheInAppReminderStands() throws Exception {
		int closedPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			closedPort = probe.getLocalPort();
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(closedPort);

		assertThatCode(() -> new SmtpReminderMailer(sender, "no-reply@hocso.local").send("a@b.example", "s", "b"))
			.doesNotThrowAnyException();
	}

	/** Speaks just enough SMTP to accept one message; returns its DATA section. */
	private static String receiveOneMessage(ServerSocket server) {
		try (Socket client = server.accept()) {
			var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
			OutputStream out = client.getOutputStream();
			reply(out, "220 test ESMTP");
			StringBuilder data = new StringBuilder();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase();
				if (command.startsWith("EHLO") || command.startsWith("HELO") || command.startsWith("MAIL")
						|| command.startsWith("RCPT") || command.startsWith("RSET") || command.startsWith("NOOP")) {
					reply(out, "250 ok");
				}
				else if (command.equals("DATA")) {
					reply(out, "354 end with .");
					while (!(line = in.readLine()).equals(".")) {
						data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
					}
					reply(out, "250 queued");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 bye");
					break;
				}
				else {
					reply(out, "502 not implemented");
				}
			}
			return data.toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void reply(OutputStream out, String line) throws java.io.IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

}
