package club.externalfeeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.sun.net.httpserver.HttpServer;

import club.activity.ActivityEvent;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.activity.ActivityRecorded;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.directory.ServiceLink;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;

/**
 * A group whose life is elsewhere: its calendar and news feed, served by a real local HTTP
 * server, are read into its activity log once each; slow, oversized, missing or broken feeds
 * are recorded as problems, never as activity.
 */
@ClubTest
@RecordApplicationEvents
class ExternalFeedsTests {

	static final DateTimeFormatter ICAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	@Autowired
	ExternalFeeds feeds;

	@Autowired
	GroupDirectory directory;

	@Autowired
	ActivityLog activity;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents published;

	HttpServer server;
	final Map<String, byte[]> served = new ConcurrentHashMap<>();

	@BeforeEach
	void serve() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/slow")) {
				try {
					Thread.sleep(3_000); // the server is slow, not the test: the reader gives up after 1 s
				}
				catch (InterruptedException stopped) {
					Thread.currentThread().interrupt();
				}
			}
			if (path.equals("/moved")) {
				exchange.getResponseHeaders().add("Location", "/news.atom");
				exchange.sendResponseHeaders(302, -1);
				exchange.close();
				return;
			}
			byte[] body = served.get(path);
			if (body == null) {
				exchange.sendResponseHeaders(404, -1);
				exchange.close();
				return;
			}
			exchange.sendResponseHeaders(200, body.length);
			try (var out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	Visitor admin;

	Group group(String calendar, String feed) {
		admin = members.member("Admin", "10.122.0." + (1 + (int) (Math.random() * 200)));
		String slug = "x-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/groups", "name", "Groupe " + slug, "tagline", "Une ligne", "type", "THEMATIC", "slug", slug, "activity", "ACTIVE",
				"linkCalendar", calendar, "linkFeed", feed);
		Group group = directory.find(slug).orElseThrow();
		assertThat(group.links()).containsEntry(ServiceLink.CALENDAR, calendar).containsEntry(ServiceLink.FEED, feed);
		return group;
	}

	List<ActivityEvent> events(Group group, ActivityKind kind) {
		return activity.since(group.id(), Instant.EPOCH).stream().filter(event -> event.kind() == kind).toList();
	}

	@Test
	void aGroupsCalendarAndNewsFeedAreReadIntoItsActivityLogOnce() {
		Instant now = clock.instant();
		Instant stored = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		Instant firstWorkshop = now.minus(Duration.ofDays(70)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		served.put("/calendar.ics", """
				BEGIN:VCALENDAR
				VERSION:2.0
				PRODID:-//Ailleurs//FR
				BEGIN:VEVENT
				UID:atelier@ailleurs
				DTSTAMP:%1$s
				DTSTART:%1$s
				DURATION:PT2H
				RRULE:FREQ=WEEKLY;COUNT=20
				SUMMARY:Atelier hebdomadaire
				END:VEVENT
				BEGIN:VEVENT
				UID:fete@ailleurs
				DTSTAMP:%2$s
				DTSTART:%2$s
				DURATION:PT3H
				STATUS:CANCELLED
				SUMMARY:Fête annulée
				END:VEVENT
				END:VCALENDAR
				""".formatted(ICAL.format(firstWorkshop), ICAL.format(now.minus(Duration.ofDays(12)))).replace("\n", "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		served.put("/news.atom", """
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom">
				  <title>Nouvelles d’ailleurs</title><id>urn:ailleurs</id><updated>%1$s</updated>
				  <entry><title>Récente</title><id>urn:ailleurs:1</id><updated>%1$s</updated><published>%1$s</published></entry>
				  <entry><title>Du mois dernier</title><id>urn:ailleurs:2</id><updated>%2$s</updated><published>%2$s</published></entry>
				  <entry><title>Récente, répétée par erreur</title><id>urn:ailleurs:1</id><updated>%1$s</updated><published>%1$s</published></entry>
				  <entry><title>Trop ancienne</title><id>urn:ailleurs:3</id><updated>%3$s</updated><published>%3$s</published></entry>
				</feed>
				""".formatted(firstWorkshop.plus(Duration.ofDays(67)), firstWorkshop.plus(Duration.ofDays(37)), now.minus(Duration.ofDays(900)))
			.getBytes(StandardCharsets.UTF_8));
		Group group = group(url("/calendar.ics"), url("/moved"));
		published.clear();

		assertThat(feeds.readAll()).isGreaterThanOrEqualTo(11 + 1 + 2);
		assertThat(events(group, ActivityKind.MEETING_HELD)).as("ten weeks of workshops, the first included").hasSize(11)
			.first().extracting(ActivityEvent::at).isEqualTo(firstWorkshop);
		assertThat(events(group, ActivityKind.MEETING_CANCELLED)).hasSize(1);
		assertThat(events(group, ActivityKind.MEETING_SCHEDULED)).as("the workshops to come").hasSize(9)
			.allMatch(event -> event.at().equals(stored));
		assertThat(events(group, ActivityKind.NEWS_PUBLISHED)).extracting(ActivityEvent::at)
			.containsExactly(firstWorkshop.plus(Duration.ofDays(37)), firstWorkshop.plus(Duration.ofDays(67)));
		assertThat(feeds.readings(group)).extracting(ExternalFeeds.Reading::kind, ExternalFeeds.Reading::problem, ExternalFeeds.Reading::recorded)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ServiceLink.CALENDAR, null, 21),
					org.assertj.core.groups.Tuple.tuple(ServiceLink.FEED, null, 2));

		assertThat(published.stream(ActivityRecorded.class).filter(recorded -> recorded.groupId() == group.id()))
			.as("the vitality is told once per reading, not once per item").hasSize(2);

		int before = activity.since(group.id(), Instant.EPOCH).size();
		feeds.readAll();
		assertThat(activity.since(group.id(), Instant.EPOCH)).as("read again, nothing new").hasSize(before);

		clock.advance(Duration.ofDays(7));
		feeds.readAll();
		assertThat(events(group, ActivityKind.MEETING_HELD)).as("a week later, one more workshop held").hasSize(12);
	}

	@Test
	void slowOversizedMissingOrBrokenFeedsAreProblemsNeverActivity() {
		served.put("/big.ics", new byte[3 * 1024 * 1024]);
		served.put("/broken.atom", "<feed>pas du tout".getBytes(StandardCharsets.UTF_8));
		served.put("/slow", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));
		Group group = group(url("/big.ics"), url("/broken.atom"));
		assertThat(feeds.read(group, ServiceLink.CALENDAR, url("/big.ics")).problem()).isEqualTo("tooBig");
		assertThat(feeds.read(group, ServiceLink.FEED, url("/broken.atom")).problem()).isEqualTo("unparseable");
		assertThat(feeds.read(group, ServiceLink.CALENDAR, url("/slow")).problem()).isEqualTo("timeout");
		assertThat(feeds.read(group, ServiceLink.FEED, url("/missing")).problem()).isEqualTo("status");
		assertThat(feeds.read(group, ServiceLink.FEED, "ftp://ailleurs.example/news").problem()).isEqualTo("address");
		assertThat(activity.since(group.id(), Instant.EPOCH)).noneMatch(event -> event.kind() != ActivityKind.MEMBER_JOINED);
		assertThat(feeds.readings(group)).extracting(ExternalFeeds.Reading::problem).containsExactly("timeout", "address");
		assertThat(admin.get("/g/" + group.slug() + "/vitality")).bodyText().contains("Calendrier et nouvelles du groupe ailleurs")
			.contains("pas de réponse à temps").contains("ce n’est pas une adresse web http(s)");
	}

	@Test
	void onlyAddressesOnThePublicInternetAreReadByDefault() throws Exception {
		for (String local : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.10", "169.254.169.254", "100.64.0.1", "0.0.0.0",
				"::1", "fd12:3456::1", "fe80::1", "224.0.0.1")) {
			assertThat(FeedFetcher.isPublic(InetAddress.getByName(local))).as(local).isFalse();
		}
		for (String internet : List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8")) {
			assertThat(FeedFetcher.isPublic(InetAddress.getByName(internet))).as(internet).isTrue();
		}
		var strict = new FeedFetcher(new ExternalFeedsProperties(Duration.ofHours(6), Duration.ofSeconds(1),
				org.springframework.util.unit.DataSize.ofMegabytes(2), false));
		served.put("/news.atom", "<feed/>".getBytes(StandardCharsets.UTF_8));
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(FeedFetcher.Unreadable.class, () -> strict.fetch(url("/news.atom"))))
			.extracting(FeedFetcher.Unreadable::code).isEqualTo("privateAddress");
	}
}
