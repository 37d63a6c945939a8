package club.meeting;

import java.time.Instant;
import java.time.ZoneId;
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
		Instant start = LocalTimes.parse("starts", starts, zone, errors, messages, locale);
		Instant end = LocalTimes.parse("ends", ends, zone, errors, messages, locale);
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
		return new Checked(title.strip(), text(description), LocalTimes.instant(starts, zone), LocalTimes.instant(ends, zone),
				text(address), text(online), text(capacity) == null ? null : Integer.valueOf(capacity.strip()),
				Meeting.Visibility.valueOf(visibility));
	}


	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
