package club.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A date poll as typed: its date-time options and its deadline in the group's time zone, and the
 * series whose next meeting it dates, if any.
 */
public record DatePollForm(@Nullable String title, @Nullable String description, @Nullable String place, @Nullable String duration,
		@Nullable String deadline, List<String> options, @Nullable Long series) {

	static final int MAX_OPTIONS = 20;

	record Checked(String title, @Nullable String description, String place, int durationMinutes, Instant deadline, List<Instant> options,
			@Nullable Long seriesId) {
	}

	/** Messages by field ("option-2" for the third option); the checked poll when there are none. */
	@Nullable Checked check(ZoneId zone, Instant now, Map<String, String> errors, MessageSource messages, Locale locale) {
		if (title == null || title.isBlank() || title.strip().length() > 120) {
			errors.put("title", messages.getMessage("meeting.title.required", null, locale));
		}
		if (place == null || place.isBlank() || place.length() > 500) {
			errors.put("place", messages.getMessage("meeting.place.required", null, locale));
		}
		int minutes = -1;
		try {
			minutes = Integer.parseInt(duration == null ? "" : duration.strip());
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		if (minutes < 15 || minutes > 24 * 60) {
			errors.put("duration", messages.getMessage("poll.duration.invalid", null, locale));
		}
		Instant closes = LocalTimes.parse("deadline", deadline, zone, errors, messages, locale);
		if (closes != null && !closes.isAfter(now)) {
			errors.put("deadline", messages.getMessage("poll.deadline.past", null, locale));
		}
		List<Instant> dates = new ArrayList<>();
		var seen = new HashSet<Instant>();
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i) == null || options.get(i).isBlank()) {
				continue;
			}
			Map<String, String> optionErrors = new LinkedHashMap<>();
			Instant date = LocalTimes.parse("option-" + i, options.get(i), zone, optionErrors, messages, locale);
			if (date != null && closes != null && !date.isAfter(closes)) {
				optionErrors.put("option-" + i, messages.getMessage("poll.option.beforeDeadline", null, locale));
			}
			else if (date != null && !seen.add(date)) {
				optionErrors.put("option-" + i, messages.getMessage("membership.slot.duplicate", null, locale));
			}
			errors.putAll(optionErrors);
			if (date != null && optionErrors.isEmpty()) {
				dates.add(date);
			}
		}
		if (options.stream().allMatch(option -> option == null || option.isBlank()) || options.size() > MAX_OPTIONS) {
			errors.put("options", messages.getMessage("poll.options.count", new Object[] { MAX_OPTIONS }, locale));
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new Checked(title.strip(), description == null || description.isBlank() ? null : description.strip(), place.strip(), minutes,
				closes, dates.stream().sorted().toList(), series);
	}
}
