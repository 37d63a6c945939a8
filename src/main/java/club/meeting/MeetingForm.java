package club.meeting;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A meeting as typed: start and end as the browser's date-time fields give them, in the group's
 * time zone. {@link #check} turns it into instants, or into messages by field.
 */
public record MeetingForm(@Nullable String title, @Nullable String description, @Nullable String starts, @Nullable String ends,
		@Nullable String address, @Nullable String online, @Nullable String capacity, @Nullable String visibility) {

	static MeetingForm empty() {
		return new MeetingForm("", "", "", "", "", "", "", "MEMBERS");
	}

	/** The checked values, when there was nothing to say. */
	record Checked(String title, @Nullable String description, Instant startsAt, Instant endsAt, @Nullable String address,
			@Nullable String online, @Nullable Integer capacity, Meeting.Visibility visibility) {
	}

	/** Messages by field; empty when {@link #checked} may be called. */
	Map<String, String> check(ZoneId zone, Instant now, MessageSource messages, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		if (text(title) == null || title.strip().length() > 120) {
			errors.put("title", messages.getMessage("meeting.title.required", null, locale));
		}
		if (description != null && description.length() > 5000) {
			errors.put("description", messages.getMessage("group.description.tooLong", null, locale));
		}
		Instant start = time("starts", starts, zone, errors, messages, locale);
		Instant end = time("ends", ends, zone, errors, messages, locale);
		if (start != null && !start.isAfter(now)) {
			errors.put("starts", messages.getMessage("meeting.starts.past", null, locale));
		}
		if (start != null && end != null && !end.isAfter(start)) {
			errors.put("ends", messages.getMessage("meeting.ends.beforeStart", null, locale));
		}
		if (text(address) == null && text(online) == null) {
			errors.put("address", messages.getMessage("meeting.place.required", null, locale));
		}
		if (address != null && address.length() > 300) {
			errors.put("address", messages.getMessage("place.address.tooLong", null, locale));
		}
		if (text(online) != null && (!online.strip().matches("(?i)https?://\\S+") || online.length() > 500)) {
			errors.put("online", messages.getMessage("meeting.online.invalid", null, locale));
		}
		if (text(capacity) != null) {
			try {
				int seats = Integer.parseInt(capacity.strip());
				if (seats < 1 || seats > 100_000) {
					errors.put("capacity", messages.getMessage("meeting.capacity.invalid", null, locale));
				}
			}
			catch (NumberFormatException notANumber) {
				errors.put("capacity", messages.getMessage("meeting.capacity.invalid", null, locale));
			}
		}
		if (!"PUBLIC".equals(visibility) && !"MEMBERS".equals(visibility)) {
			errors.put("visibility", messages.getMessage("meeting.visibility.required", null, locale));
		}
		return errors;
	}

	Checked checked(ZoneId zone) {
		return new Checked(title.strip(), text(description), local(starts).atZone(zone).toInstant(), local(ends).atZone(zone).toInstant(),
				text(address), text(online), text(capacity) == null ? null : Integer.valueOf(capacity.strip()),
				Meeting.Visibility.valueOf(visibility));
	}

	/**
	 * A local date-time of the group's zone. A time the clocks skip (the spring change) does not
	 * exist: refused with a message. A time they pass twice (the autumn change) is the first one,
	 * summer time, as calendars do.
	 */
	private static @Nullable Instant time(String field, @Nullable String value, ZoneId zone, Map<String, String> errors,
			MessageSource messages, Locale locale) {
		if (text(value) == null) {
			errors.put(field, messages.getMessage("meeting.time.required", null, locale));
			return null;
		}
		try {
			LocalDateTime local = local(value);
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

	private static LocalDateTime local(String value) {
		return LocalDateTime.parse(value.strip());
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
