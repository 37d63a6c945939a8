package club.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;

/**
 * Seed 001's story: a monthly meeting whose next date nobody launched. With a declared rhythm the
 * platform knows when the next meeting is due, reminds its organizers, opens the poll they asked
 * for, and the group page says "not scheduled" until someone does.
 */
@ClubTest
class MeetingSeriesTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	MeetingRhythms rhythms;

	@Autowired
	JdbcClient jdbc;

	String group(Visitor admin) {
		String slug = "s-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/groups", "name", "Groupe " + slug, "tagline", "Une ligne", "type", "THEMATIC", "slug", slug, "activity", "ACTIVE");
		return slug;
	}

	/** The first Tuesday of a month, at least 3 days from now, at 19:00 in Paris. */
	LocalDateTime nextFirstTuesday() {
		LocalDate day = LocalDate.now(clock.withZone(PARIS)).plusDays(3);
		while (day.getDayOfWeek() != DayOfWeek.TUESDAY || day.getDayOfMonth() > 7) {
			day = day.plusDays(1);
		}
		return day.atTime(19, 0);
	}

	void moveTo(LocalDateTime local) {
		clock.advance(Duration.between(clock.instant(), local.atZone(PARIS).toInstant()));
	}

	long seriesOf(long meeting) {
		return jdbc.sql("select series_id from meeting where id = ?").param(meeting).query(Long.class).single();
	}

	@Test
	void aMonthlySeriesRemindsItsOrganizersOnceOpensThePollTheyAskedForAndShowsWhatIsDue() {
		var admin = members.member("Awa", "10.111.0.1");
		String slug = group(admin);
		LocalDateTime first = nextFirstTuesday();
		var scheduled = admin.post("/g/" + slug + "/meetings", "title", "Rencontre mensuelle", "starts", first.toString(), "ends",
				first.plusHours(2).toString(), "online", "https://visio.example.org/club", "visibility", "MEMBERS", "rhythm", "MONTHLY", "day",
				"NTH_WEEKDAY", "lead", "7", "opensPoll", "on");
		assertThat(scheduled).hasStatus(HttpStatus.FOUND);
		long meeting = MeetingTests.id(scheduled);
		long series = seriesOf(meeting);
		assertThat(admin.get("/g/" + slug + "/meetings")).bodyText().contains("Rencontres régulières")
			.contains("Tous les mois, le premier mardi").contains("à 19:00").contains("Prochaine :");

		// The meeting takes place; the next one is due the first Tuesday of the following month.
		moveTo(first.plusHours(3));
		admin.post("/meetings/" + meeting + "/held", "participants", "6");
		LocalDateTime due = first.plusDays(28).getDayOfMonth() <= 7 ? first.plusDays(28) : first.plusDays(35);
		var outlook = rhythms.outlook(rhythms.find(series).orElseThrow());
		assertThat(outlook.due().toLocalDateTime()).isEqualTo(due);
		assertThat(outlook.state()).isEqualTo(SeriesOutlook.State.NOT_YET_DUE);
		rhythms.remindDue();
		assertThat(members.mailsTo(admin)).noneMatch(mail -> mail.contains("Sondage de dates ouvert"));

		// Seven days before it is due, the poll the organizers asked for opens, once.
		moveTo(due.minusDays(7).plusHours(1));
		rhythms.remindDue();
		rhythms.remindDue();
		assertThat(members.mailsTo(admin)).filteredOn(mail -> mail.startsWith("Sondage de dates ouvert : Rencontre mensuelle")).hasSize(1);
		outlook = rhythms.outlook(rhythms.find(series).orElseThrow());
		assertThat(outlook.state()).isEqualTo(SeriesOutlook.State.POLL_OPEN);
		long poll = outlook.openPollId();
		assertThat(admin.get("/polls/" + poll)).bodyText().contains("Rencontre mensuelle").contains("visio.example.org");
		assertThat(jdbc.sql("select count(*) from date_poll_option where poll_id = ?").param(poll).query(Long.class).single()).isEqualTo(3);
		assertThat(admin.get("/g/" + slug + "/meetings")).bodyText().contains("Sondage de dates en cours");

		// The poll ends without a date: the group page says the meeting is not scheduled, and when it was due.
		admin.post("/polls/" + poll + "/close");
		assertThat(members.mailsTo(admin)).last().asString().startsWith("Sondage terminé sans date");
		var anyone = new Visitor(mvc, "10.111.0.9");
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("pas encore programmée").contains("attendue");
		int mails = members.mailsTo(admin).size();
		rhythms.remindDue();
		assertThat(members.mailsTo(admin)).as("one reminder per due date").hasSize(mails);

		// An organizer schedules it from the series: the form comes filled in, and the group page shows it.
		assertThat(admin.get("/g/" + slug + "/meetings/new?series=" + series)).bodyText().contains("value=\"Rencontre mensuelle\"")
			.contains("value=\"" + due + "\"").contains("name=\"series\" value=\"" + series + "\"");
		var next = admin.post("/g/" + slug + "/meetings", "title", "Rencontre mensuelle", "starts", due.plusDays(2).toString(), "ends",
				due.plusDays(2).plusHours(2).toString(), "online", "https://visio.example.org/club", "visibility", "PUBLIC", "series",
				String.valueOf(series));
		assertThat(seriesOf(MeetingTests.id(next))).isEqualTo(series);
		assertThat(rhythms.outlook(rhythms.find(series).orElseThrow()).state()).isEqualTo(SeriesOutlook.State.SCHEDULED);
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("Rencontre mensuelle").doesNotContain("pas encore programmée");
	}

	@Test
	void withoutAPollTheOrganizersAreToldToScheduleItAndTheSeriesShowsLateOnceTheDatePasses() {
		var admin = members.member("Binta", "10.111.1.1");
		String slug = group(admin);
		LocalDateTime first = LocalDateTime.now(clock.withZone(PARIS)).plusDays(2).withHour(18).withMinute(0).withSecond(0).withNano(0);
		long meeting = MeetingTests.id(admin.post("/g/" + slug + "/meetings", "title", "Atelier", "starts", first.toString(), "ends",
				first.plusHours(2).toString(), "address", "Le Hangar", "visibility", "PUBLIC", "rhythm", "WEEKLY", "lead", "3"));
		long series = seriesOf(meeting);
		moveTo(first.plusDays(4).plusHours(1));
		rhythms.remindDue();
		assertThat(members.mailsTo(admin)).last().asString().startsWith("À programmer : Atelier (Groupe " + slug + ")")
			.contains("/g/" + slug + "/meetings");
		assertThat(rhythms.outlook(rhythms.find(series).orElseThrow()).state()).isEqualTo(SeriesOutlook.State.DUE);
		moveTo(first.plusDays(8));
		assertThat(rhythms.outlook(rhythms.find(series).orElseThrow()).state()).isEqualTo(SeriesOutlook.State.LATE);
		assertThat(admin.get("/g/" + slug + "/meetings")).bodyText().contains("En retard");

		// The organizers stop the series: a choice, after which nothing is due any more.
		var member = members.member("Chloé", "10.111.1.2");
		assertThat(member.get("/series/" + series + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(admin.get("/series/" + series + "/edit")).hasStatusOk().bodyText().contains("La série continue");
		assertThat(admin.post("/series/" + series + "/edit", "rhythm", "WEEKLY", "from", first.plusDays(14).toString(), "lead", "3"))
			.hasRedirectedUrl("/g/" + slug + "/meetings");
		assertThat(rhythms.outlook(rhythms.find(series).orElseThrow()).state()).isEqualTo(SeriesOutlook.State.STOPPED);
		assertThat(new Visitor(mvc, "10.111.1.9").get("/g/" + slug)).bodyText().doesNotContain("attendue");
	}

	@Test
	void aChangedRhythmCountsFromItsNewDate() {
		var admin = members.member("Dalila", "10.111.2.1");
		String slug = group(admin);
		LocalDateTime first = nextFirstTuesday();
		long series = seriesOf(MeetingTests.id(admin.post("/g/" + slug + "/meetings", "title", "Club", "starts", first.toString(), "ends",
				first.plusHours(2).toString(), "address", "Ici", "visibility", "PUBLIC", "rhythm", "MONTHLY", "day", "NTH_WEEKDAY")));
		LocalDateTime thursday = first.plusDays(30);
		while (thursday.getDayOfWeek() != DayOfWeek.THURSDAY) {
			thursday = thursday.plusDays(1);
		}
		var saved = admin.post("/series/" + series + "/edit", "rhythm", "EVERY_TWO_WEEKS", "from", thursday.toString(), "lead", "5",
				"active", "on");
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		var changed = rhythms.find(series).orElseThrow();
		assertThat(changed.rhythm()).isEqualTo(new Rhythm(Rhythm.Frequency.EVERY_TWO_WEEKS, Rhythm.Day.WEEKDAY));
		assertThat(changed.leadDays()).isEqualTo(5);
		assertThat(rhythms.outlook(changed).due().toLocalDateTime()).as("the first meeting is still to come; then the new rhythm")
			.isEqualTo(thursday);
		assertThat(admin.get("/g/" + slug + "/meetings")).bodyText().contains("Toutes les deux semaines, le jeudi");
	}

	@Test
	void aRhythmNoMonthCanKeepIsRefusedNextToItsFieldInTheVisitorsLanguage() {
		var admin = members.member("Emma", "10.111.3.1");
		String slug = group(admin);
		LocalDate month = LocalDate.now(clock.withZone(PARIS)).plusMonths(1).withDayOfMonth(1);
		while (month.lengthOfMonth() < 30) {
			month = month.plusMonths(1);
		}
		LocalDate day = month.withDayOfMonth(30);
		LocalDateTime start = day.atTime(18, 0);
		var refused = admin.post("/g/" + slug + "/meetings", "title", "Club", "starts", start.toString(), "ends", start.plusHours(1).toString(),
				"address", "Ici", "visibility", "PUBLIC", "rhythm", "MONTHLY", "day", "DAY_OF_MONTH", "lead", "0");
		assertThat(refused).hasStatusOk().bodyText().contains("Le 29, le 30 et le 31 n’existent pas tous les mois")
			.contains("Indiquez un nombre de jours entre 1 et 29.");
		assertThat(admin.post("/g/" + slug + "/meetings?lang=en", "title", "Club", "starts", start.toString(), "ends",
				start.plusHours(1).toString(), "address", "Ici", "visibility", "PUBLIC", "rhythm", "FORTNIGHTLY")).bodyText()
			.contains("Choose a rhythm from the list.");
		assertThat(jdbc.sql("select count(*) from meeting_series s join group_record g on g.id = s.group_id where g.slug = ?").param(slug)
			.query(Long.class).single()).as("nothing half-written").isZero();
	}
}
