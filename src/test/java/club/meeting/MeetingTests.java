package club.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.GroupDirectory;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;

/** Meetings: scheduling in the group's time zone, answers with a waiting list, held or cancelled. */
@ClubTest
class MeetingTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	ActivityLog activity;

	@Autowired
	GroupDirectory directory;

	@Autowired
	Meetings meetings;

	String group(Visitor admin) {
		String slug = "r-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/groups", "name", "Groupe " + slug, "tagline", "Une ligne", "type", "THEMATIC", "slug", slug, "activity", "ACTIVE");
		return slug;
	}

	LocalDateTime inDays(int days, int hour) {
		return LocalDateTime.now(clock.withZone(PARIS)).plusDays(days).withHour(hour).withMinute(0).withSecond(0).withNano(0);
	}

	static long id(MvcTestResult scheduled) {
		return Long.parseLong(scheduled.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
	}

	@Test
	void badMeetingsAreRefusedNextToTheirFieldIncludingATimeTheClocksSkip() {
		var admin = members.member("Awa", "10.110.0.1");
		String slug = group(admin);
		var refused = admin.post("/g/" + slug + "/meetings", "title", "", "starts", inDays(3, 18).toString(), "ends",
				inDays(3, 17).toString(), "capacity", "0", "online", "pas un lien", "visibility", "MEMBERS");
		assertThat(refused).hasStatusOk().bodyText().contains("Indiquez le titre de la rencontre")
			.contains("La fin doit venir après le début.").contains("Indiquez un nombre de places d’au moins 1")
			.contains("Indiquez une adresse web complète");
		assertThat(admin.post("/g/" + slug + "/meetings", "title", "Hier", "starts", inDays(-1, 18).toString(), "ends",
				inDays(-1, 20).toString(), "address", "Ici", "visibility", "MEMBERS")).bodyText()
			.contains("La rencontre doit commencer plus tard.");

		// The last Sunday of March 2027, 02:30 does not exist in Paris; the last of October, 02:30 happens twice.
		clock.advance(Duration.between(clock.instant(), java.time.Instant.parse("2027-03-01T10:00:00Z")).isNegative() ? Duration.ZERO
				: Duration.between(clock.instant(), java.time.Instant.parse("2027-03-01T10:00:00Z")));
		assertThat(admin.post("/g/" + slug + "/meetings", "title", "Printemps", "starts", "2027-03-28T02:30", "ends", "2027-03-28T04:00",
				"address", "Ici", "visibility", "PUBLIC")).bodyText().contains("Cette heure n’existe pas ce jour-là");
		var autumn = admin.post("/g/" + slug + "/meetings", "title", "Automne", "starts", "2027-10-31T02:30", "ends", "2027-10-31T04:00",
				"address", "Ici", "visibility", "PUBLIC");
		assertThat(autumn).hasStatus(HttpStatus.FOUND);
		var page = new Visitor(mvc, "10.110.0.9").get("/meetings/" + id(autumn));
		assertThat(page).bodyText().contains("Automne").contains("02:30").contains("04:00");
	}

	@Test
	void aFullMeetingKeepsAWaitingListThatMovesUpAndTheGroupPageShowsTheNextMeeting() {
		var admin = members.member("Awa", "10.110.1.1");
		String slug = group(admin);
		var anyone = new Visitor(mvc, "10.110.1.9");
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("Prochaine rencontre").contains("pas encore programmée")
			.contains("<link rel=\"alternate\" type=\"text/calendar\"").contains("href=\"/g/" + slug + "/meetings.ics\"");
		var scheduled = admin.post("/g/" + slug + "/meetings", "title", "Atelier vélo", "starts", inDays(5, 18).toString(), "ends",
				inDays(5, 20).toString(), "address", "12 quai de Bacalan", "capacity", "1", "visibility", "PUBLIC");
		long meeting = id(scheduled);
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("Atelier vélo").doesNotContain("pas encore programmée");

		var first = members.member("Binta", "10.110.1.2");
		var second = members.member("Chloé", "10.110.1.3");
		first.post("/meetings/" + meeting + "/rsvp", "answer", "YES");
		assertThat(second.post("/meetings/" + meeting + "/rsvp", "answer", "YES")).hasRedirectedUrl("/meetings/" + meeting);
		assertThat(second.get("/meetings/" + meeting)).bodyText().contains("sur la liste d’attente").contains("Une personne inscrite / 1");
		first.post("/meetings/" + meeting + "/rsvp", "answer", "NO");
		assertThat(second.get("/meetings/" + meeting)).bodyText().contains("Vous venez.").doesNotContain("Chloé — Je viens (sur la liste");
		assertThat(members.mailsTo(second)).last().asString().startsWith("Une place s’est libérée : Atelier vélo");
		assertThat(first.post("/meetings/" + meeting + "/held", "participants", "3")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(admin.post("/meetings/" + meeting + "/held", "participants", "3")).as("not before it starts").bodyText()
			.contains("ne peut pas être marquée comme tenue");

		clock.advance(Duration.ofDays(6));
		assertThat(admin.post("/meetings/" + meeting + "/held", "participants", "3")).hasRedirectedUrl("/meetings/" + meeting);
		assertThat(anyone.get("/meetings/" + meeting)).bodyText().contains("tenue").contains("3 personnes sont venues");
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("pas encore programmée");
		assertThat(activity.since(directory.find(slug).orElseThrow().id(), java.time.Instant.EPOCH))
			.extracting(event -> event.kind()).contains(ActivityKind.MEETING_SCHEDULED, ActivityKind.MEETING_HELD);
	}

	@Test
	void aChangedMeetingTellsThoseComingLetsTheWaitingInAndIsANewCalendarRevision() throws Exception {
		var admin = members.member("Awa", "10.110.6.1");
		String slug = group(admin);
		long meeting = id(admin.post("/g/" + slug + "/meetings", "title", "Atelier", "starts", inDays(4, 18).toString(), "ends",
				inDays(4, 20).toString(), "address", "Le Hangar", "capacity", "1", "visibility", "PUBLIC"));
		var binta = members.member("Binta", "10.110.6.2");
		var chloe = members.member("Chloé", "10.110.6.3");
		binta.post("/meetings/" + meeting + "/rsvp", "answer", "YES");
		chloe.post("/meetings/" + meeting + "/rsvp", "answer", "YES");
		assertThat(binta.get("/meetings/" + meeting + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(admin.get("/meetings/" + meeting + "/edit")).hasStatusOk().bodyText().contains("value=\"Atelier\"")
			.contains("value=\"" + inDays(4, 18) + "\"");
		assertThat(admin.post("/meetings/" + meeting + "/edit", "title", "Atelier", "starts", inDays(5, 18).toString(), "ends",
				inDays(5, 17).toString(), "address", "Le Hangar", "capacity", "2", "visibility", "PUBLIC")).bodyText()
			.contains("La fin doit venir après le début.");
		assertThat(admin.post("/meetings/" + meeting + "/edit", "title", "Atelier", "starts", inDays(5, 18).toString(), "ends",
				inDays(5, 20).toString(), "address", "La Fabrique", "capacity", "2", "visibility", "PUBLIC")).hasRedirectedUrl("/meetings/" + meeting);
		assertThat(members.mailsTo(binta)).last().asString().startsWith("Changement : Atelier").contains("La Fabrique");
		assertThat(members.mailsTo(chloe)).as("a second seat: Chloé comes").anyMatch(mail -> mail.startsWith("Une place s’est libérée"));
		var event = (net.fortuna.ical4j.model.component.VEvent) new net.fortuna.ical4j.data.CalendarBuilder()
			.build(new java.io.StringReader(new Visitor(mvc, "10.110.6.9").get("/meetings/" + meeting + ".ics").getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))
			.getComponent("VEVENT").orElseThrow();
		assertThat(event.getSequence().getValue()).isEqualTo("1");
		assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("La Fabrique");
		clock.advance(Duration.ofDays(6));
		assertThat(admin.get("/meetings/" + meeting + "/edit")).as("once it has started").hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void organizersTickWhoCameAndOnlyMembersSeeTheNames() {
		var admin = members.member("Awa", "10.110.5.1");
		String slug = group(admin);
		long meeting = id(admin.post("/g/" + slug + "/meetings", "title", "Repair café", "starts", inDays(1, 10).toString(), "ends",
				inDays(1, 12).toString(), "address", "Le Hangar", "visibility", "PUBLIC"));
		var binta = members.member("Binta", "10.110.5.2");
		var chloe = members.member("Chloé", "10.110.5.3");
		binta.post("/meetings/" + meeting + "/rsvp", "answer", "YES");
		chloe.post("/meetings/" + meeting + "/rsvp", "answer", "MAYBE");
		long bintaId = members.accountId(binta.email());
		long chloeId = members.accountId(chloe.email());
		clock.advance(Duration.ofDays(2));
		assertThat(admin.get("/meetings/" + meeting)).bodyText().contains("Qui est venu ?")
			.contains("name=\"came\" value=\"" + bintaId + "\" checked").contains("name=\"came\" value=\"" + chloeId + "\"");
		assertThat(admin.post("/meetings/" + meeting + "/held", "came", String.valueOf(bintaId), "came", String.valueOf(chloeId), "participants",
				"1")).as("fewer than those ticked").bodyText().contains("au moins le nombre de personnes cochées");
		assertThat(admin.post("/meetings/" + meeting + "/held", "came", String.valueOf(bintaId), "came", String.valueOf(chloeId), "came",
				"999999", "participants", "")).hasRedirectedUrl("/meetings/" + meeting);
		assertThat(meetings.attendance(meetings.find(meeting).orElseThrow())).as("only people who answered").containsExactly(bintaId, chloeId);
		assertThat(admin.get("/meetings/" + meeting)).bodyText().contains("2 personnes sont venues").contains("Sont venus : Binta, Chloé");
		assertThat(new Visitor(mvc, "10.110.5.9").get("/meetings/" + meeting)).bodyText().contains("2 personnes sont venues")
			.doesNotContain("Sont venus");
		assertThat(binta.get("/profile/export")).bodyText().contains("Repair café").contains("\"came\":true");
	}

	@Test
	void thePeopleComingAreRemindedTheDayBeforeOnceAndThoseWaitingOrNotComingAreNot() {
		var admin = members.member("Awa", "10.110.5.1");
		String slug = group(admin);
		long meeting = id(admin.post("/g/" + slug + "/meetings", "title", "Atelier du jeudi", "starts", inDays(3, 18).toString(), "ends",
				inDays(3, 20).toString(), "address", "La Fabrique", "capacity", "1", "visibility", "PUBLIC"));
		var coming = members.member("Binta", "10.110.5.2");
		var waiting = members.member("Chloé", "10.110.5.3");
		var notComing = members.member("Dan", "10.110.5.4");
		coming.post("/meetings/" + meeting + "/rsvp", "answer", "YES");
		waiting.post("/meetings/" + meeting + "/rsvp", "answer", "YES");
		notComing.post("/meetings/" + meeting + "/rsvp", "answer", "NO");

		meetings.remindAttendees();
		assertThat(members.mailsTo(coming)).as("not three days before").noneMatch(mail -> mail.startsWith("Demain"));
		var start = inDays(3, 18).atZone(PARIS).toInstant();
		clock.advance(Duration.between(clock.instant(), start).minusHours(12));
		meetings.remindAttendees();
		meetings.remindAttendees();
		assertThat(members.mailsTo(coming)).filteredOn(mail -> mail.startsWith("Demain : Atelier du jeudi")).as("once").hasSize(1);
		assertThat(members.mailsTo(coming)).last().asString().contains("La Fabrique");
		assertThat(members.mailsTo(waiting)).noneMatch(mail -> mail.startsWith("Demain"));
		assertThat(members.mailsTo(notComing)).noneMatch(mail -> mail.startsWith("Demain"));
	}

	@Test
	void aMembersOnlyMeetingIsHiddenFromOthersAndACancelledOneTellsWhyAndWhenNext() {
		var admin = members.member("Awa", "10.110.2.1");
		String slug = group(admin);
		long meeting = id(admin.post("/g/" + slug + "/meetings", "title", "Réunion interne", "starts", inDays(2, 19).toString(), "ends",
				inDays(2, 21).toString(), "online", "https://visio.example.org/r", "visibility", "MEMBERS"));
		var stranger = members.member("Dan", "10.110.2.2");
		assertThat(stranger.get("/meetings/" + meeting)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(new Visitor(mvc, "10.110.2.9").get("/g/" + slug + "/meetings")).bodyText().doesNotContain("Réunion interne");
		assertThat(stranger.post("/meetings/" + meeting + "/rsvp", "answer", "YES")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(admin.post("/meetings/" + meeting + "/cancel", "reason", "")).bodyText().contains("Indiquez la raison de l’annulation");
		assertThat(admin.post("/meetings/" + meeting + "/cancel", "reason", "Salle indisponible", "next", inDays(9, 19).toString()))
			.hasRedirectedUrl("/meetings/" + meeting);
		assertThat(admin.get("/meetings/" + meeting)).bodyText().contains("annulée").contains("Salle indisponible")
			.contains("Prochaine date");
		assertThat(admin.post("/meetings/" + meeting + "/cancel", "reason", "encore")).as("once").hasRedirectedUrl("/meetings/" + meeting);
		assertThat(activity.since(directory.find(slug).orElseThrow().id(), java.time.Instant.EPOCH))
			.extracting(event -> event.kind()).contains(ActivityKind.MEETING_CANCELLED);
	}

	@Test
	void aGroupInDakarHasItsMeetingsInDakarTimeShownAsSuchToAParisianPlatform() throws Exception {
		var admin = members.member("Moussa", "10.110.4.1");
		String slug = group(admin);
		assertThat(admin.post("/g/" + slug + "/meetings/zone", "zone", "Mars/Olympus")).hasRedirectedUrl("/g/" + slug + "/meetings");
		assertThat(admin.get("/g/" + slug + "/meetings")).bodyText().contains("Ce fuseau horaire n’existe pas");
		admin.post("/g/" + slug + "/meetings/zone", "zone", "Africa/Dakar");
		String start = LocalDateTime.now(clock.withZone(ZoneId.of("Africa/Dakar"))).plusDays(3).withHour(18).withMinute(0).withSecond(0)
			.withNano(0).toString();
		long meeting = id(admin.post("/g/" + slug + "/meetings", "title", "Réunion à Dakar", "starts", start, "ends",
				LocalDateTime.parse(start).plusHours(2).toString(), "address", "Dakar", "visibility", "PUBLIC"));
		var page = new Visitor(mvc, "10.110.4.9").get("/meetings/" + meeting);
		assertThat(page).bodyText().contains("18:00").contains("(Africa/Dakar)");
		assertThat(new Visitor(mvc, "10.110.4.9").get("/meetings/" + meeting + ".ics")).bodyText().contains("TZID=Africa/Dakar");
		var member = members.member("Awa", "10.110.4.2");
		assertThat(member.post("/g/" + slug + "/meetings/zone", "zone", "Europe/Paris")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aMeetingDownloadsAsICalendarWithItsTimeZoneAndACancellationUpdatesTheSameEvent() throws Exception {
		var admin = members.member("Awa", "10.110.3.1");
		String slug = group(admin);
		long meeting = id(admin.post("/g/" + slug + "/meetings", "title", "Café des innovateurs", "starts", inDays(4, 18).toString(),
				"ends", inDays(4, 20).toString(), "address", "Cap Sciences, Bordeaux", "visibility", "PUBLIC"));
		var anyone = new Visitor(mvc, "10.110.3.9");
		var ics = anyone.get("/meetings/" + meeting + ".ics");
		assertThat(ics).hasStatusOk();
		assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
		var calendar = new net.fortuna.ical4j.data.CalendarBuilder()
			.build(new java.io.StringReader(ics.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
		var event = (net.fortuna.ical4j.model.component.VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(event.getSummary().getValue()).isEqualTo("Café des innovateurs");
		assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
		assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
		assertThat(event.getDateTimeStart().getValue()).endsWith("T180000");
		String uid = event.getUid().orElseThrow().getValue();

		admin.post("/meetings/" + meeting + "/cancel", "reason", "Grève des transports");
		String feed = anyone.get("/g/" + slug + "/meetings.ics").getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var cancelled = (net.fortuna.ical4j.model.component.VEvent) new net.fortuna.ical4j.data.CalendarBuilder()
			.build(new java.io.StringReader(feed)).getComponent("VEVENT").orElseThrow();
		assertThat(cancelled.getUid().orElseThrow().getValue()).as("the same event").isEqualTo(uid);
		assertThat(cancelled.getSequence().getValue()).isEqualTo("1");
		assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
	}
}
