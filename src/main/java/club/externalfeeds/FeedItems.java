package club.externalfeeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import club.activity.ActivityKind;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * What a feed tells, as activity: each occurrence of a calendar's events (recurring ones
 * expanded) held, cancelled or to come, and each news entry published — within a window around
 * now, each with a key that stays the same from one reading to the next, so that it is recorded once.
 */
final class FeedItems {

	/** How far back a first reading goes: a year of history gives the indicators a baseline. */
	static final Duration HISTORY = Duration.ofDays(400);
	/** How far ahead a calendar's meetings count as scheduled. */
	static final Duration AHEAD = Duration.ofDays(120);
	/** Items taken from one reading, the most recent first. */
	static final int MAX_ITEMS = 1_000;

	/** One thing the feed tells: what (a kind of the activity log), when, and its lasting key. */
	record Item(String key, ActivityKind kind, Instant at) {
	}

	private FeedItems() {
	}

	/**
	 * A calendar's occurrences within the window: one held (or cancelled) at its start when it is
	 * past, one scheduled, seen now, when it is to come.
	 */
	static List<Item> ofCalendar(byte[] bytes, Instant now) throws FeedFetcher.Unreadable {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
		}
		catch (IOException | ParserException | RuntimeException unparseable) {
			throw new FeedFetcher.Unreadable("unparseable", String.valueOf(unparseable.getMessage()));
		}
		var window = new Period<>(now.minus(HISTORY).atZone(ZoneOffset.UTC), now.plus(AHEAD).atZone(ZoneOffset.UTC));
		var items = new ArrayList<Item>();
		for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
			String uid = property(event, Property.UID).orElse(property(event, Property.SUMMARY).orElse("event"));
			boolean cancelled = property(event, Property.STATUS).filter("CANCELLED"::equalsIgnoreCase).isPresent();
			for (Period<Temporal> occurrence : occurrences(event, window)) {
				Instant start = instant(occurrence.getStart());
				String key = uid + "@" + start;
				if (!start.isAfter(now)) {
					items.add(new Item(key + "|held", cancelled ? ActivityKind.MEETING_CANCELLED : ActivityKind.MEETING_HELD, start));
				}
				else if (!cancelled) {
					items.add(new Item(key + "|scheduled", ActivityKind.MEETING_SCHEDULED, now));
				}
			}
		}
		return mostRecent(items);
	}

	/** A news feed's entries published within the window (an entry without a date: seen now). */
	static List<Item> ofNews(byte[] bytes, Instant now) throws FeedFetcher.Unreadable {
		List<SyndEntry> entries;
		try {
			var input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			entries = input.build(new InputSource(new ByteArrayInputStream(bytes))).getEntries();
		}
		catch (FeedException | IllegalArgumentException unparseable) {
			throw new FeedFetcher.Unreadable("unparseable", String.valueOf(unparseable.getMessage()));
		}
		var items = new ArrayList<Item>();
		for (SyndEntry entry : entries) {
			java.util.Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
			Instant at = date == null ? now : date.toInstant();
			String key = entry.getUri() != null ? entry.getUri() : entry.getLink() != null ? entry.getLink() : entry.getTitle() + "@" + at;
			if (!at.isAfter(now) && at.isAfter(now.minus(HISTORY))) {
				items.add(new Item(key, ActivityKind.NEWS_PUBLISHED, at));
			}
		}
		return mostRecent(items);
	}

	@SuppressWarnings("unchecked")
	private static List<Period<Temporal>> occurrences(VEvent event, Period<ZonedDateTime> window) {
		try {
			return List.copyOf((java.util.Set<Period<Temporal>>) (java.util.Set<?>) event.calculateRecurrenceSet(window));
		}
		catch (RuntimeException malformed) {
			// An event without a start, or with a rule ical4j cannot expand, tells nothing.
			return List.of();
		}
	}

	private static Optional<String> property(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).filter(value -> !value.isBlank());
	}

	/** An occurrence's start as an instant: a date alone or a floating time taken in UTC. */
	static Instant instant(Temporal temporal) {
		if (temporal instanceof Instant instant) {
			return instant;
		}
		if (temporal instanceof LocalDate date) {
			return date.atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		if (temporal instanceof LocalDateTime local) {
			return local.toInstant(ZoneOffset.UTC);
		}
		return Instant.ofEpochSecond(temporal.getLong(ChronoField.INSTANT_SECONDS));
	}

	private static List<Item> mostRecent(List<Item> items) {
		return items.stream().sorted(Comparator.comparing(Item::at).reversed()).limit(MAX_ITEMS).toList();
	}
}
