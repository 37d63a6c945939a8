package club.meeting;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** Date-times as the browser's fields give them ("2026-12-01T18:30"), read in a group's time zone. */
public final class LocalTimes {

	private LocalTimes() {
	}

	/**
	 * A local date-time of the group's zone. A time the clocks skip (the spring change) does not
	 * exist: refused with a message. A time they pass twice (the autumn change) is the first one,
	 * summer time, as calendars do.
	 */
	public static @Nullable Instant parse(String field, @Nullable String value, ZoneId zone, Map<String, String> errors,
			MessageSource messages, Locale locale) {
		if (text(value) == null) {
			errors.put(field, messages.getMessage("meeting.time.required", null, locale));
			return null;
		}
		try {
			LocalDateTime local = LocalDateTime.parse(value.strip());
			if (zone.getRules().getValidOffsets(local).isEmpty()) {
				errors.put(field, messages.getMessage("meeting.time.skipped", new Object[] { zone.getId() }, locale));
				return null;
			}
			return ZonedDateTime.ofLocal(local, zone, null).toInstant();
		}
		catch (DateTimeException notATime) {
			errors.put(field, messages.getMessage("meeting.time.required", null, locale));
			return null;
		}
	}

	/** A value {@link #parse} accepted. */
	public static Instant instant(String value, ZoneId zone) {
		return ZonedDateTime.ofLocal(LocalDateTime.parse(value.strip()), zone, null).toInstant();
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
