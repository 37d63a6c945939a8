package club.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.internet.InternetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import club.platform.ClubProperties;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Sends the outbox over SMTP when {@code spring.mail.host} is set. Runs as the db-scheduler task
 * "mail-delivery", so one node at a time sends and a crash never loses a mail. Without SMTP the
 * mails stay in the outbox, readable by platform admins at /admin/mails.
 */
@Configuration(proxyBeanMethods = false)
public class MailDelivery {

	static final int MAX_ATTEMPTS = 8;
	private static final int BATCH = 50;
	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final MailOutbox outbox;
	private final ObjectProvider<JavaMailSender> smtp;
	private final ClubProperties properties;
	private final Clock clock;

	MailDelivery(MailOutbox outbox, ObjectProvider<JavaMailSender> smtp, ClubProperties properties, Clock clock) {
		this.outbox = outbox;
		this.smtp = smtp;
		this.properties = properties;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> mailDeliveryTask() {
		return Tasks.recurring("mail-delivery", FixedDelay.ofSeconds(5)).execute((instance, context) -> deliverDue());
	}

	/** Whether mails leave the platform, or only wait in the outbox. */
	public boolean smtpConfigured() {
		return smtp.getIfAvailable() != null;
	}

	/** Sends what is due; returns how many were sent. */
	public int deliverDue() {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (OutboxMail mail : outbox.due(clock.instant(), BATCH)) {
			try {
				var message = sender.createMimeMessage();
				var helper = new MimeMessageHelper(message, true, "UTF-8");
				helper.setFrom(new InternetAddress(properties.mailFrom()));
				helper.setTo(mail.recipient());
				helper.setSubject(mail.subject());
				helper.setText(mail.textBody(), mail.htmlBody());
				sender.send(message);
				outbox.markSent(mail.id(), clock.instant());
				sent++;
			}
			catch (Exception failure) {
				int attempt = mail.attempts() + 1;
				var status = attempt >= MAX_ATTEMPTS ? OutboxMail.Status.FAILED : OutboxMail.Status.PENDING;
				Instant retryAt = clock.instant().plus(Duration.ofMinutes(1L << Math.min(attempt, 9)));
				log.warn("Mail {} not delivered (attempt {}): {}", mail.id(), attempt, failure.toString());
				outbox.markFailed(mail.id(), status, retryAt, failure.toString());
			}
		}
		return sent;
	}
}
