package club.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import club.support.ClubTest;
import club.support.MutableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/** Real SMTP: the outbox is delivered to a GreenMail server. */
@ClubTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
class MailDeliveryTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Mailer mailer;

	@Autowired
	MailDelivery delivery;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void sendWhatEarlierTestsLeft() {
		assertThat(delivery.smtpConfigured()).isTrue();
		while (delivery.deliverDue() > 0) {
			// other test classes share the database and left mails in the outbox
		}
		smtp.reset();
	}

	@Test
	void aMailLeavesWithATextPartAnHtmlPartAndASubjectInTheRecipientsLanguage() throws Exception {
		send(new Recipient(null, "awa@example.org", "Awa", Locale.FRENCH), "reset", "/password/reset?token=abc");
		send(new Recipient(null, "ann@example.org", "Ann", Locale.ENGLISH), "reset", "/password/reset?token=def");

		assertThat(delivery.deliverDue()).isEqualTo(2);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		MimeMessage french = received[0].getAllRecipients()[0].toString().equals("awa@example.org") ? received[0] : received[1];
		MimeMessage english = french == received[0] ? received[1] : received[0];
		assertThat(french.getSubject()).isEqualTo("Choisir un nouveau mot de passe");
		assertThat(english.getSubject()).isEqualTo("Choose a new password");
		assertThat(french.getFrom()[0].toString()).contains("Club des innovateurs");

		List<BodyPart> leaves = new ArrayList<>();
		collectLeaves((Multipart) french.getContent(), leaves);
		assertThat(leaves).extracting(part -> part.getContentType().split(";")[0]).containsExactly("text/plain", "text/html");
		assertThat(GreenMailUtil.getBody(leaves.get(0))).contains("Bonjour Awa");
		assertThat((String) leaves.get(1).getContent()).contains("<html lang=\"fr\">")
			.contains("href=\"http://club.test/password/reset?token=abc\"");

		assertThat(delivery.deliverDue()).as("nothing is sent twice").isZero();
	}

	@Test
	void aMailThatCannotBeSentIsRetriedLaterThenGivenUp() {
		send(new Recipient(null, "not an address@@", "X", Locale.FRENCH), "reset", "/password/reset?token=x");

		delivery.deliverDue();
		OutboxMail failing = outbox.page(0, 1).getFirst();
		assertThat(failing.status()).isEqualTo(OutboxMail.Status.PENDING);
		assertThat(failing.attempts()).isEqualTo(1);
		assertThat(failing.lastError()).isNotBlank();

		delivery.deliverDue();
		assertThat(outbox.find(failing.id()).orElseThrow().attempts()).as("not before its retry time").isEqualTo(1);

		for (int i = 1; i < MailDelivery.MAX_ATTEMPTS; i++) {
			clock.advance(Duration.ofHours(12));
			delivery.deliverDue();
		}
		assertThat(outbox.find(failing.id()).orElseThrow().status()).isEqualTo(OutboxMail.Status.FAILED);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	private static void collectLeaves(Multipart multipart, List<BodyPart> leaves) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContent() instanceof Multipart nested) {
				collectLeaves(nested, leaves);
			}
			else {
				leaves.add(part);
			}
		}
	}

	private void send(Recipient to, String kind, String path) {
		transaction.executeWithoutResult(status -> mailer.send(to, kind, path));
	}
}
