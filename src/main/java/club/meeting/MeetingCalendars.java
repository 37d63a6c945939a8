package club.meeting;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import club.platform.ClubProperties;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * Meetings as iCalendar (RFC 5545), built with ical4j: each with its time zone (VTIMEZONE), its
 * stable UID and its SEQUENCE and STATUS, so that calendar applications update or strike an
 * event they already hold instead of adding a second one. DTSTAMP is when the meeting last
 * changed, so an event's text depends on its revision alone: each event is written once per
 * revision and kept, and an ecosystem's feed of 10,000 meetings is mostly a concatenation.
 */
@Component
class MeetingCalendars {

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	/** How many events' text is kept (about 400 bytes each). */
	private static final int KEPT_EVENTS = 50_000;

	private static final String END = "END:VCALENDAR\r\n";

	private record WrittenEvent(int sequence, String text) {
	}

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
	private final ClubProperties properties;
	private final Map<Long, WrittenEvent> written = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, WrittenEvent> eldest) {
			return size() > KEPT_EVENTS;
		}
	};

	MeetingCalendars(ClubProperties properties) {
		this.properties = properties;
	}

	String calendar(List<Meeting> meetings) {
		var calendar = new Calendar().withProdId("-//Club des innovateurs//Rencontres//FR").withDefaults().getFluentTarget();
		Set<ZoneId> used = new LinkedHashSet<>();
		meetings.forEach(meeting -> used.add(meeting.zone()));
		used.forEach(zone -> calendar.withComponent(zones.getTimeZone(zone.getId()).getVTimeZone()));
		String frame = calendar.toString();
		var text = new StringBuilder(frame.length() + meetings.size() * 450);
		text.append(frame, 0, frame.length() - END.length());
		meetings.forEach(meeting -> text.append(event(meeting)));
		return text.append(END).toString();
	}

	private String event(Meeting meeting) {
		WrittenEvent kept;
		synchronized (written) {
			kept = written.get(meeting.id());
		}
		if (kept != null && kept.sequence() == meeting.sequence()) {
			return kept.text();
		}
		String text = write(meeting);
		synchronized (written) {
			written.put(meeting.id(), new WrittenEvent(meeting.sequence(), text));
		}
		return text;
	}

	private String write(Meeting meeting) {
		var event = new VEvent(meeting.start(), meeting.end(), meeting.title());
		event.withProperty(new Uid(meeting.uid()))
			.withProperty(new DtStamp(meeting.updatedAt()))
			.withProperty(new Sequence(meeting.sequence()))
			.withProperty(new Status(meeting.state() == Meeting.State.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED))
			.withProperty(new Url(URI.create(properties.link("/meetings/" + meeting.id()))));
		String where = meeting.address() != null ? meeting.address() : meeting.onlineUrl();
		if (where != null) {
			event.withProperty(new Location(where));
		}
		if (meeting.description() != null) {
			event.withProperty(new Description(meeting.description()));
		}
		return event.toString();
	}
}
