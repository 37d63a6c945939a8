package club.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import club.platform.ClubProperties;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Writes a mail into the outbox, inside the caller's transaction: the mail exists if and only
 * if the change that caused it was committed. A mail of kind {@code k} takes its texts from the
 * message bundle in the recipient's language: {@code mail.k.subject}, {@code mail.k.body}
 * (paragraphs separated by blank lines) and, when it has a button, {@code mail.k.action}.
 * Arguments {0}, {1}… are shared by all three; the greeting names the recipient.
 */
@Service
public class Mailer {

	private final MailOutbox outbox;
	private final MessageSource messages;
	private final TemplateEngine templates;
	private final ClubProperties properties;
	private final Clock clock;
	private final MailPreferences preferences;

	Mailer(MailOutbox outbox, MessageSource messages, TemplateEngine templates, ClubProperties properties, Clock clock,
			MailPreferences preferences) {
		this.preferences = preferences;
		this.outbox = outbox;
		this.messages = messages;
		this.templates = templates;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Whether that address already got {@code max} mails in the last hour: pages that send a mail
	 * to any address typed by anyone (reset, resend) check this so that nobody can flood a
	 * mailbox through them.
	 */
	public boolean floodedRecently(String email, int max) {
		return outbox.countTo(email, clock.instant().minus(Duration.ofHours(1))) >= max;
	}

	/** A link listed in a mail after its paragraphs (a digest's posts): its text and the platform path it leads to. */
	public record Link(String text, String path) {
	}

	/** Writes the mail, unless the recipient turned that kind of notification off ({@link MailPreferences}). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(Recipient to, String kind, @Nullable String actionPath, Object... args) {
		send(to, kind, actionPath, List.of(), args);
	}

	/** As above, with links listed after the paragraphs. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(Recipient to, String kind, @Nullable String actionPath, List<Link> links, Object... args) {
		if (!preferences.wanted(to, kind)) {
			return;
		}
		String subject = messages.getMessage("mail." + kind + ".subject", args, to.locale());
		// An empty argument (an optional message) leaves no empty paragraph.
		List<String> paragraphs = Arrays.stream(messages.getMessage("mail." + kind + ".body", args, to.locale()).split("\n\n"))
			.filter(paragraph -> !paragraph.isBlank())
			.toList();
		String actionLabel = actionPath == null ? null : messages.getMessage("mail." + kind + ".action", args, to.locale());
		String actionUrl = actionPath == null ? null : properties.link(actionPath);
		String greeting = messages.getMessage("mail.greeting", new Object[] { to.displayName() }, to.locale());
		String signature = messages.getMessage("mail.signature", null, to.locale());
		List<Map.Entry<String, String>> listed = links.stream().map(link -> Map.entry(link.text(), properties.link(link.path()))).toList();

		var html = new StringOutput();
		templates.render("mail/message.jte",
				Map.of("lang", to.locale().getLanguage(), "subject", subject, "greeting", greeting, "paragraphs", paragraphs,
						"links", listed, "actionLabel", actionLabel == null ? "" : actionLabel, "actionUrl",
						actionUrl == null ? "" : actionUrl, "signature", signature, "homeUrl", properties.link("/")),
				html);
		var text = new StringBuilder(greeting).append("\n\n");
		paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
		listed.forEach(link -> text.append("- ").append(link.getKey()).append(" : ").append(link.getValue()).append("\n"));
		if (!listed.isEmpty()) {
			text.append("\n");
		}
		if (actionUrl != null) {
			text.append(actionLabel).append(" : ").append(actionUrl).append("\n\n");
		}
		text.append("-- \n").append(signature).append("\n").append(properties.link("/")).append("\n");

		outbox.add(to, subject, text.toString(), html.toString(), clock.instant());
	}
}
