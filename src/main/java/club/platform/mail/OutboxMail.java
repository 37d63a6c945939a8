package club.platform.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A mail as kept in the outbox. */
public record OutboxMail(long id, @Nullable Long accountId, String recipient, String locale, String subject,
		String textBody, String htmlBody, Status status, int attempts, Instant createdAt, @Nullable Instant sentAt,
		@Nullable String lastError) {

	public enum Status {
		/** Waiting for delivery (or for SMTP to be configured). */
		PENDING,
		SENT,
		/** Given up after too many failed attempts. */
		FAILED
	}
}
