package club.news;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import club.access.Audience;
import club.meeting.LocalTimes;

/**
 * A post as typed. {@code publication} is NOW, DRAFT or SCHEDULE (at {@code publishAt}, a
 * date-time of the group's time zone as the browser's field gives it); it is not asked again of a
 * post already published. {@code keptImage} carries a picture already accepted when the form comes
 * back with errors (base64 of the JPEG the platform wrote), so that it is not chosen twice.
 */
public record NewsForm(@Nullable String title, @Nullable String body, @Nullable String audience, @Nullable String publication,
		@Nullable String publishAt, @Nullable String keptImage, @Nullable String removeImage) {

	public static final int MAX_TITLE = 120;
	public static final int MAX_BODY = 50_000;

	enum Publication {
		NOW, DRAFT, SCHEDULE
	}

	static NewsForm empty() {
		return new NewsForm("", "", Audience.PUBLIC.name(), Publication.NOW.name(), "", "", "");
	}

	static NewsForm of(NewsPost post, ZoneId zone) {
		Publication publication = switch (post.state()) {
			case DRAFT -> Publication.DRAFT;
			case SCHEDULED -> Publication.SCHEDULE;
			case PUBLISHED -> Publication.NOW;
		};
		String at = post.publishAt() == null ? "" : post.publishAt().atZone(zone).toLocalDateTime().toString();
		return new NewsForm(post.title(), post.body(), post.audience().name(), publication.name(), at, "", "");
	}

	/** The same form, keeping a picture that was accepted. */
	NewsForm withImage(String base64) {
		return new NewsForm(title, body, audience, publication, publishAt, base64, removeImage);
	}

	/** The checked values, when there was nothing to say. */
	record Checked(String title, String body, Audience audience, Publication publication, @Nullable Instant publishAt) {
	}

	/** Messages by field; empty when {@link #checked} may be called. A post already published is not asked when to publish. */
	Map<String, String> check(boolean published, ZoneId zone, Instant now, MessageSource messages, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		if (text(title) == null || title.strip().length() > MAX_TITLE) {
			errors.put("title", messages.getMessage("news.title.required", new Object[] { MAX_TITLE }, locale));
		}
		if (text(body) == null) {
			errors.put("body", messages.getMessage("news.body.required", null, locale));
		}
		else if (body.length() > MAX_BODY) {
			errors.put("body", messages.getMessage("news.body.tooLong", new Object[] { MAX_BODY }, locale));
		}
		if (chosenAudience() == null) {
			errors.put("audience", messages.getMessage("news.audience.required", null, locale));
		}
		if (!published) {
			Publication chosen = chosenPublication();
			if (chosen == null) {
				errors.put("publication", messages.getMessage("news.publication.required", null, locale));
			}
			else if (chosen == Publication.SCHEDULE) {
				Instant at = LocalTimes.parse("publishAt", publishAt, zone, errors, messages, locale);
				if (at != null && !at.isAfter(now)) {
					errors.put("publishAt", messages.getMessage("news.publishAt.past", null, locale));
				}
			}
		}
		return errors;
	}

	Checked checked(boolean published, ZoneId zone) {
		Publication chosen = published ? Publication.NOW : chosenPublication();
		return new Checked(title.strip(), body.strip(), chosenAudience(), chosen,
				chosen == Publication.SCHEDULE ? LocalTimes.instant(publishAt, zone) : null);
	}

	public boolean removesImage() {
		return "true".equals(removeImage);
	}

	private @Nullable Audience chosenAudience() {
		return Audience.PUBLIC.name().equals(audience) ? Audience.PUBLIC : Audience.MEMBERS.name().equals(audience) ? Audience.MEMBERS : null;
	}

	private @Nullable Publication chosenPublication() {
		for (Publication value : Publication.values()) {
			if (value.name().equals(publication)) {
				return value;
			}
		}
		return null;
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
