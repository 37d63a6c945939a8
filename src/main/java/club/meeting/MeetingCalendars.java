package club.meeting;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
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
 * event they already hold instead of adding a second one.
 */
@Component
class MeetingCalendars {

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
	private final ClubProperties properties;

	MeetingCalendars(ClubProperties properties) {
		this.properties = properties;
	}

	String calendar(List<Meeting> meetings, Instant now) {
		var calendar = new Calendar().withProdId("-//Club des innovateurs//Rencontres//FR").withDefaults().getFluentTarget();
		Set<ZoneId> used = new LinkedHashSet<>();
		meetings.forEach(meeting -> used.add(meeting.zone()));
		used.forEach(zone -> calendar.withComponent(zones.getTimeZone(zone.getId()).getVTimeZone()));
		for (Meeting meeting : meetings) {
			var event = new VEvent(meeting.start(), meeting.end(), meeting.title());
			event.withProperty(new Uid(meeting.uid()))
				.withProperty(new DtStamp(now))
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
			calendar.withComponent(event);
		}
		return calendar.toString();
	}
}
