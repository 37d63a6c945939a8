package club.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** The ecosystem's calendar and a person's private one, as calendar applications read them. */
@ClubTest
class CalendarFeedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	String group(Visitor admin, String keywords) {
		String slug = "c-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/groups", "name", "Groupe " + slug, "tagline", "Une ligne", "type", "THEMATIC", "slug", slug, "activity", "ACTIVE",
				"keywords", keywords);
		return slug;
	}

	long meeting(Visitor admin, String slug, String title, String visibility, int inDays) {
		var start = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(inDays).withHour(18).withMinute(0).withSecond(0)
			.withNano(0);
		return MeetingTests.id(admin.post("/g/" + slug + "/meetings", "title", title, "starts", start.toString(), "ends",
				start.plusHours(2).toString(), "address", "Ici", "visibility", visibility));
	}

	static Calendar parse(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		return new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
	}

	static List<String> titles(Calendar calendar) {
		return calendar.<VEvent>getComponents("VEVENT").stream().map(event -> event.getSummary().getValue()).toList();
	}

	@Test
	void theEcosystemCalendarHoldsThePublicMeetingsOfItsGroupsOnly() throws Exception {
		String keyword = "agenda" + UUID.randomUUID().toString().substring(0, 6);
		var platformAdmin = members.admin("10.112.0.1");
		platformAdmin.post("/ecosystems", "keyword", keyword, "name", "Agenda " + keyword, "charter", "Règle");
		var awa = members.member("Awa", "10.112.0.2");
		var binta = members.member("Binta", "10.112.0.3");
		String first = group(awa, keyword);
		String second = group(binta, keyword + ", autre");
		String outside = group(binta, "autre");
		meeting(awa, first, "Café public", "PUBLIC", 3);
		meeting(awa, first, "Réunion interne", "MEMBERS", 4);
		meeting(binta, second, "Atelier ouvert", "PUBLIC", 5);
		meeting(binta, outside, "Ailleurs", "PUBLIC", 6);

		var anyone = new Visitor(mvc, "10.112.0.9");
		var calendar = parse(anyone.get("/e/" + keyword + "/meetings.ics"));
		assertThat(titles(calendar)).containsExactly("Café public", "Atelier ouvert");
		assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
		assertThat(anyone.get("/e/" + keyword)).bodyText().contains("href=\"/e/" + keyword + "/meetings.ics\"")
			.contains("<link rel=\"alternate\" type=\"text/calendar\"");
		assertThat(anyone.get("/e/nulle-part-" + keyword + "/meetings.ics")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aPersonsPrivateCalendarHoldsTheirGroupsMeetingsAndThoseTheyAreComingToUntilTheyChangeItsAddress() throws Exception {
		var awa = members.member("Awa", "10.112.1.1");
		var binta = members.member("Binta", "10.112.1.2");
		String mine = group(awa, "cal");
		String theirs = group(binta, "cal");
		meeting(awa, mine, "Notre réunion", "MEMBERS", 3);
		long coming = meeting(binta, theirs, "J’y vais", "PUBLIC", 4);
		long declined = meeting(binta, theirs, "Sans moi", "PUBLIC", 5);
		meeting(binta, theirs, "Pas répondu", "PUBLIC", 6);
		awa.post("/meetings/" + coming + "/rsvp", "answer", "YES");
		awa.post("/meetings/" + declined + "/rsvp", "answer", "NO");

		assertThat(awa.get("/my/calendar")).bodyText().contains("Vous n’avez pas encore d’adresse d’agenda.");
		String address = address(awa.post("/my/calendar"));
		var anyone = new Visitor(mvc, "10.112.1.9");
		assertThat(titles(parse(anyone.get(address)))).containsExactly("Notre réunion", "J’y vais");
		assertThat(awa.get("/my/calendar")).bodyText().contains("Vous avez une adresse d’agenda privée").doesNotContain(address);

		String renewed = address(awa.post("/my/calendar"));
		assertThat(anyone.get(address)).as("the old address stops working").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(anyone.get(renewed)).hasStatusOk();
		awa.post("/my/calendar/revoke");
		assertThat(anyone.get(renewed)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(anyone.get("/my/calendar")).as("the page needs an account").hasStatus(HttpStatus.FOUND);
	}

	/** The path of the address the page shows once. */
	static String address(MvcTestResult page) throws Exception {
		assertThat(page).hasStatusOk();
		String body = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		var matcher = java.util.regex.Pattern.compile("value=\"https?://[^/\"]+(/calendar/[A-Za-z0-9_-]+\\.ics)\"").matcher(body);
		assertThat(matcher.find()).as("the address is shown").isTrue();
		return matcher.group(1);
	}
}
