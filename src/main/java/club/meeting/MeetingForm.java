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
 * time zone. {@link #check} turns it into instants, or into messages by field. A first meeting
 * may declare a rhythm ({@code rhythm}, {@code day}, {@code lead}, {@code opensPoll}), which
 * starts a series; a meeting of an existing series names it ({@code series}).
 */
public record MeetingForm(@Nullable String title, @Nullable String description, @Nullable String starts, @Nullable String ends,
		@Nullable String address, @Nullable String online, @Nullable String capacity, @Nullable String visibility,
		@Nullable String rhythm, @Nullable String day, @Nullable String lead, @Nullable String opensPoll, @Nullable Long series) {

	static MeetingForm empty() {
		return new MeetingForm("", "", "", "", "", "", "", "MEMBERS", RhythmChoice.NONE, Rhythm.Day.NTH_WEEKDAY.name(),
				"", "", null);
	}

	/** The next meeting of a series, its details and due date filled in. */
	static MeetingForm next(MeetingSeries series, java.time.ZonedDateTime due) {
		var start = due.toLocalDateTime().withSecond(0).withNano(0);
		return new MeetingForm(series.title(), series.description(), start.toString(), start.plusMinutes(series.durationMinutes()).toString(),
				series.address(), series.onlineUrl(), "", series.visibility().name(), RhythmChoice.NONE, null, null, null, series.id());
	}

	/** A scheduled meeting's values, to change them. */
	static MeetingForm of(Meeting meeting) {
		return new MeetingForm(meeting.title(), meeting.description(), meeting.start().toLocalDateTime().toString(),
				meeting.end().toLocalDateTime().toString(), meeting.address(), meeting.onlineUrl(),
				meeting.capacity() == null ? "" : String.valueOf(meeting.capacity()), meeting.visibility().name(), RhythmChoice.NONE, null, null,
				null, meeting.seriesId());
	}

	/** The checked values, when there was nothing to say. */
	record Checked(String title, @Nullable String description, Instant startsAt, Instant endsAt, @Nullable String address,
			@Nullable String online, @Nullable Integer capacity, Meeting.Visibility visibility, @Nullable Long seriesId,
			RhythmChoice.@Nullable Declared declared) {

		Checked inSeries(long id) {
			return new Checked(title, description, startsAt, endsAt, address, online, capacity, visibility, id, null);
		}
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
		if (start != null && declaresRhythm()) {
			rhythmChoice().check(start.atZone(zone).toLocalDate(), errors, messages, locale);
		}
		return errors;
	}

	private boolean declaresRhythm() {
		return series == null && rhythmChoice().declared();
	}

	public RhythmChoice rhythmChoice() {
		return new RhythmChoice(rhythm, day, lead, opensPoll);
	}

	/** The rhythm declared, if any ({@link #check} found nothing to say). */
	private RhythmChoice.@Nullable Declared declared() {
		return declaresRhythm() ? rhythmChoice().checked() : null;
	}

	Checked checked(ZoneId zone) {
		return new Checked(title.strip(), text(description), LocalTimes.instant(starts, zone), LocalTimes.instant(ends, zone),
				text(address), text(online), text(capacity) == null ? null : Integer.valueOf(capacity.strip()),
				Meeting.Visibility.valueOf(visibility), series, declared());
	}


	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
