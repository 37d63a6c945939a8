package club.vitality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import club.access.Access;
import club.access.EcosystemRole;
import club.access.GroupRole;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.mail.MailDelivery;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * The vitality through the real application, its database and a real SMTP server: the story of
 * the issue with a moving clock, the pages and who may see them, the answers, the noise budget,
 * the watchdog and personal data.
 */
@ClubTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
class VitalityTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	Access access;

	@Autowired
	GroupDirectory directory;

	@Autowired
	Vitality vitality;

	@Autowired
	Nudging nudging;

	@Autowired
	Watchdog watchdog;

	@Autowired
	MailDelivery delivery;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void sendWhatEarlierTestsLeft() {
		while (delivery.deliverDue() > 0) {
			// other test classes share the database and left mails in the outbox
		}
		smtp.reset();
	}

	/** A group in a new ecosystem: Awa administers it, Fatou facilitates, Omar organizes meetings, Hugo helps the ecosystem. */
	record Cast(String slug, String keyword, Visitor awa, Visitor fatou, Visitor omar, Visitor hugo, Visitor member) {
	}

	Cast cast(String ip) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String keyword = "vit" + suffix;
		String slug = "vit-" + suffix;
		var admin = members.admin(ip + ".1");
		admin.post("/ecosystems", "keyword", keyword, "name", "Écosystème " + keyword, "charter", "Règle");
		long ecosystemId = jdbc.sql("select id from ecosystem where keyword = ?").param(keyword).query(Long.class).single();
		var awa = members.member("Awa", ip + ".2");
		awa.post("/groups", "name", "Groupe " + suffix, "tagline", "Une ligne", "type", "THEMATIC", "slug", slug, "activity", "ACTIVE", "keywords",
				keyword);
		long groupId = groupId(slug);
		var fatou = members.member("Fatou", ip + ".3");
		var omar = members.member("Omar", ip + ".4");
		var hugo = members.member("Hugo", ip + ".5");
		var member = members.member("Mia", ip + ".6");
		for (Visitor one : List.of(fatou, omar, member)) {
			access.addMember(groupId, id(one), clock.instant());
		}
		access.grant(groupId, id(fatou), GroupRole.FACILITATOR, clock.instant());
		access.grant(groupId, id(omar), GroupRole.MEETING_ORGANIZER, clock.instant());
		access.grant(ecosystemId, id(hugo), EcosystemRole.HELPER, clock.instant());
		return new Cast(slug, keyword, awa, fatou, omar, hugo, member);
	}

	long id(Visitor visitor) {
		return members.accountId(visitor.email());
	}

	long groupId(String slug) {
		return group(slug).id();
	}

	Group group(String slug) {
		return directory.find(slug).orElseThrow();
	}

	void moveTo(LocalDateTime local) {
		clock.advance(Duration.between(clock.instant(), local.atZone(PARIS).toInstant()));
	}

	/** The vitality mails the SMTP server received for that person, after delivering the outbox. */
	List<MimeMessage> received(Visitor person) throws Exception {
		while (delivery.deliverDue() > 0) {
			// deliver everything due
		}
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getAllRecipients()[0].toString().equals(person.email())
						&& subject(mail).matches(".*(à relancer|relances de la semaine|coup de fil|dormance|vitalité).*");
			}
			catch (Exception unreadable) {
				return false;
			}
		}).toList();
	}

	static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	/** The text part of a mail, decoded. */
	static String text(MimeMessage mail) throws Exception {
		Object content = mail.getContent();
		while (content instanceof Multipart multipart) {
			content = multipart.getBodyPart(0).getContent();
		}
		return content.toString();
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	IndicatorRow state(String slug, Indicator indicator) {
		return vitality.indicators(group(slug)).get(indicator);
	}

	@Test
	void theStoryAPollClosedWithoutADateNudgesTheOrganizerThenTheFacilitatorsAndTheHelperUntilTheMeetingIsScheduled() throws Exception {
		Cast cast = cast("10.170.1");
		// A monthly series, on the first Tuesday; the platform opens a date poll a week before each is due.
		LocalDate day = LocalDate.now(clock.withZone(PARIS)).plusDays(3);
		while (day.getDayOfWeek() != DayOfWeek.TUESDAY || day.getDayOfMonth() > 7) {
			day = day.plusDays(1);
		}
		LocalDateTime first = day.atTime(19, 0);
		var scheduled = cast.awa().post("/g/" + cast.slug() + "/meetings", "title", "Rencontre mensuelle", "starts", first.toString(), "ends",
				first.plusHours(2).toString(), "online", "https://visio.example.org/club", "visibility", "MEMBERS", "rhythm", "MONTHLY", "day",
				"NTH_WEEKDAY", "lead", "7", "opensPoll", "on");
		long meeting = Long.parseLong(scheduled.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		moveTo(first.plusHours(3));
		cast.awa().post("/meetings/" + meeting + "/held", "participants", "6");
		assertThat(state(cast.slug(), Indicator.MEETINGS).state()).isEqualTo(VitalityState.UP);

		// A week before the next is due, the organizer opens a date poll, and closes it without a date.
		LocalDateTime due = first.plusDays(28).getDayOfMonth() <= 7 ? first.plusDays(28) : first.plusDays(35);
		moveTo(due.minusDays(7).plusHours(1));
		var opened = cast.omar().post("/g/" + cast.slug() + "/polls", "title", "Rencontre mensuelle", "place", "https://visio.example.org/club",
				"duration", "120", "deadline", due.minusDays(2).toString(), "option", due.toString(), "option", due.plusDays(1).toString());
		long poll = Long.parseLong(opened.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		assertThat(cast.omar().post("/polls/" + poll + "/close")).hasStatus(HttpStatus.FOUND);
		var precursor = state(cast.slug(), Indicator.MEETINGS);
		assertThat(precursor.state()).isEqualTo(VitalityState.DUE);
		assertThat(precursor.reason()).isEqualTo(Reason.POLL_WITHOUT_DATE);
		assertThat(received(cast.omar())).as("an event mails nobody at once").isEmpty();

		// The same day, the hourly evaluation nudges the organizer — only him, and only about the meetings.
		clock.advance(Duration.ofMinutes(30));
		vitality.evaluateAll();
		List<MimeMessage> omarMails = received(cast.omar());
		assertThat(omarMails).extracting(VitalityTests::subject).containsExactly("Groupe " + cast.slug().substring(4) + " : Rencontres à relancer");
		assertThat(text(omarMails.getFirst())).contains("« Rencontres » demande votre attention : un sondage de date s’est clos sans date.")
			.contains("Dernière activité : ").contains("http://club.test/vitality/nudges/");
		assertThat(received(cast.fatou())).isEmpty();
		assertThat(received(cast.hugo())).isEmpty();
		assertThat(state(cast.slug(), Indicator.MEETINGS).state()).isEqualTo(VitalityState.NUDGED);
		vitality.evaluateAll();
		assertThat(received(cast.omar())).as("once").hasSize(1);
		// The one-click link leads him to the nudge, with the answers.
		String nudge = jdbc.sql("select public_id from vitality_nudge where group_id = ?").param(groupId(cast.slug())).query(String.class).single();
		assertThat(cast.omar().get("/vitality/nudges/" + nudge)).hasStatusOk().bodyText().contains("Première relance")
			.contains("un sondage de date s’est clos sans date").contains("On s’en occupe");
		assertThat(cast.omar().get("/vitality/nudges")).bodyText().contains("Rencontres");

		// Nothing happens for a week: the facilitators and the helper are nudged.
		clock.advance(Duration.ofDays(7).plusHours(1));
		vitality.evaluateAll();
		assertThat(received(cast.fatou())).extracting(VitalityTests::subject).containsExactly("Groupe " + cast.slug().substring(4) + " : Rencontres à relancer");
		assertThat(text(received(cast.fatou()).getFirst())).contains("C’est une relance : rien n’a bougé depuis une semaine.");
		assertThat(received(cast.hugo())).hasSize(1);
		assertThat(state(cast.slug(), Indicator.MEETINGS).state()).isEqualTo(VitalityState.ESCALATED);

		// Past the due date and its grace (6 days for a monthly rhythm): the helper sees the group late on
		// the dashboard, the most urgent first.
		clock.advance(Duration.ofDays(5));
		vitality.evaluateAll();
		assertThat(state(cast.slug(), Indicator.MEETINGS).computed()).isEqualTo(VitalityState.DUE);
		clock.advance(Duration.ofDays(1));
		vitality.evaluateAll();
		assertThat(state(cast.slug(), Indicator.MEETINGS).computed()).isEqualTo(VitalityState.LATE);
		assertThat(cast.hugo().get("/e/" + cast.keyword() + "/vitality")).hasStatusOk().bodyText().contains("Groupe " + cast.slug().substring(4))
			.contains("Relance élargie (en retard)");

		// The organizer schedules the meeting: everything returns to up, the nudge is over.
		var next = cast.omar().post("/g/" + cast.slug() + "/meetings", "title", "Rencontre mensuelle", "starts", due.plusDays(14).toString(),
				"ends", due.plusDays(14).plusHours(2).toString(), "online", "https://visio.example.org/club", "visibility", "MEMBERS", "series",
				jdbc.sql("select series_id from meeting where id = ?").param(meeting).query(Long.class).single().toString());
		assertThat(next).hasStatus(HttpStatus.FOUND);
		assertThat(state(cast.slug(), Indicator.MEETINGS).state()).isEqualTo(VitalityState.UP);
		assertThat(jdbc.sql("select closed_at from vitality_nudge where public_id = ?").param(nudge).query(Instant.class).single()).isNotNull();
		assertThat(cast.hugo().get("/e/" + cast.keyword() + "/vitality")).bodyText().doesNotContain("Relance élargie");

		// The organizer rates the nudge; the helpers see the rate.
		assertThat(cast.omar().post("/vitality/nudges/" + nudge + "/rate", "useful", "true")).hasRedirectedUrl("/vitality/nudges/" + nudge);
		assertThat(cast.hugo().get("/e/" + cast.keyword() + "/vitality")).bodyText().contains("1 sur 1");
		assertThat(cast.hugo().get("/g/" + cast.slug() + "/vitality")).bodyText().contains("Avis sur une relance : Vous avez trouvé cette relance utile.");
	}

	/** Makes the group look 200 days old, its board, meetings, news and shared space last active 100 days ago, its discussion silent. */
	void agedAndQuiet(String slug) {
		long groupId = groupId(slug);
		Instant now = clock.instant();
		jdbc.sql("update group_record set created_at = ? where id = ?").params(club.platform.Timestamps.utc(now.minus(Duration.ofDays(200))), groupId)
			.update();
		// The group declared its rhythms: every 30 days, and 40 for its shared space.
		jdbc.sql("insert into vitality_group (group_id, board_days, meetings_days, news_days, shared_space_days) values (?, 30, 30, 30, 40)")
			.param(groupId)
			.update();
		for (String kind : List.of("PROJECT_UPDATED", "MEETING_HELD", "NEWS_PUBLISHED", "WIKI_PAGE_EDITED")) {
			jdbc.sql("insert into activity_event (group_id, kind, at) values (?, ?, ?)")
				.params(groupId, kind, club.platform.Timestamps.utc(now.minus(Duration.ofDays(100))))
				.update();
		}
	}

	@Test
	void facilitatorsAndHelpersSeeTheGroupsVitalityOthersDoNot() {
		Cast cast = cast("10.170.2");
		String page = "/g/" + cast.slug() + "/vitality";
		assertThat(cast.fatou().get(page)).hasStatusOk().bodyText().contains("Vitalité de Groupe").contains("Document de suivi")
			.contains("Rencontres").contains("Nouvelles").contains("Discussion").contains("Espace partagé").contains("Nouveau");
		assertThat(cast.awa().get(page)).hasStatusOk();
		assertThat(cast.hugo().get(page)).hasStatusOk();
		assertThat(cast.member().get(page)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(cast.omar().get(page)).hasStatus(HttpStatus.FORBIDDEN);
		// The meeting organizer answers about the meetings, not about the news.
		assertThat(cast.omar().get(page + "/meetings")).hasStatusOk().bodyText().contains("On s’en occupe");
		assertThat(cast.omar().get(page + "/news")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(cast.fatou().get(page + "/nothing")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(cast.hugo().get("/e/" + cast.keyword() + "/vitality")).hasStatusOk().bodyText().contains("Groupe " + cast.slug().substring(4));
		assertThat(cast.fatou().get("/e/" + cast.keyword() + "/vitality")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(cast.fatou().get("/g/" + cast.slug())).bodyText().contains("href=\"/g/" + cast.slug() + "/vitality\"");
		assertThat(cast.member().get("/g/" + cast.slug())).bodyText().doesNotContain("/g/" + cast.slug() + "/vitality");
		assertThat(cast.hugo().get("/e/" + cast.keyword())).bodyText().contains("href=\"/e/" + cast.keyword() + "/vitality\"");
		assertThat(cast.fatou().get("/e/" + cast.keyword())).bodyText().doesNotContain("/e/" + cast.keyword() + "/vitality");
		assertThat(new Visitor(mvc, "10.170.2.9").get(page)).hasRedirectedUrl("/login");
		// Facilitators find their groups' vitality from their nudges, linked from every page.
		assertThat(cast.fatou().get("/vitality/nudges")).hasStatusOk().bodyText().contains("href=\"/g/" + cast.slug() + "/vitality\"")
			.contains("href=\"/vitality/nudges\"").contains("Aucune relance.");
		assertThat(cast.member().get("/vitality/nudges")).bodyText().doesNotContain("/g/" + cast.slug() + "/vitality");
	}

	@Test
	void badAnswersAreShownNextToTheirFieldInFrenchAndEnglishAndNothingIsSaved() {
		Cast cast = cast("10.170.3");
		String answer = "/g/" + cast.slug() + "/vitality/news/answer";
		String tooFar = LocalDate.now(clock.withZone(PARIS)).plusDays(120).toString();
		assertThat(cast.fatou().post(answer, "answer", "ON_IT", "until", tooFar)).hasStatusOk().bodyText().contains("id=\"until-error\"")
			.contains("Indiquez une date à venir, dans les 90 jours.");
		assertThat(cast.fatou().post(answer, "answer", "SNOOZE", "snoozeUntil", "demain", "reason", "")).hasStatusOk().bodyText()
			.contains("id=\"snoozeUntil-error\"").contains("id=\"reason-error\"").contains("Indiquez la raison (500 caractères au plus).");
		assertThat(cast.fatou().post(answer, "answer", "RHYTHM_CHANGED", "days", "400")).bodyText().contains("id=\"days-error\"");
		cast.fatou().get("/g/" + cast.slug() + "/vitality?lang=en");
		assertThat(cast.fatou().post(answer, "answer", "ON_IT", "until", "")).bodyText().contains("Give a date to come, within 90 days.");
		assertThat(cast.fatou().post("/g/" + cast.slug() + "/vitality/quiet", "quietLabel", "", "quietStart", "2099-08-01", "quietEnd", "2099-07-01"))
			.bodyText().contains("id=\"quietEnd-error\"").contains("id=\"quietLabel-error\"").contains("Name the period (120 characters at most).");
		assertThat(cast.fatou().post("/g/" + cast.slug() + "/vitality/pause", "pauseReason", " ")).bodyText().contains("id=\"pauseReason-error\"");
		long groupId = groupId(cast.slug());
		assertThat(jdbc.sql("select count(*) from vitality_history where group_id = ? and answer is not null").param(groupId).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from vitality_quiet_period where group_id = ?").param(groupId).query(Long.class).single()).isZero();
	}

	@Test
	void answersHoldTheNudgesAndShowOneLevelUp() {
		Cast cast = cast("10.170.4");
		agedAndQuiet(cast.slug());
		vitality.evaluate(groupId(cast.slug()));
		assertThat(state(cast.slug(), Indicator.NEWS).state()).isEqualTo(VitalityState.LATE);
		String base = "/g/" + cast.slug() + "/vitality";
		LocalDate today = LocalDate.now(clock.withZone(PARIS));

		// « On it, next date D »: acknowledged until D, then late again.
		assertThat(cast.fatou().post(base + "/news/answer", "answer", "ON_IT", "until", today.plusDays(10).toString()))
			.hasRedirectedUrl(base + "/news");
		assertThat(state(cast.slug(), Indicator.NEWS).state()).isEqualTo(VitalityState.ACKNOWLEDGED);
		// A snooze with its reason, which the helper sees.
		cast.fatou().post(base + "/shared_space/answer", "answer", "SNOOZE", "snoozeUntil", today.plusDays(30).toString(), "reason",
				"Refonte du wiki en cours");
		assertThat(state(cast.slug(), Indicator.SHARED_SPACE).state()).isEqualTo(VitalityState.SNOOZED);
		assertThat(cast.hugo().get("/e/" + cast.keyword() + "/vitality")).bodyText().contains("En veille (en retard)").contains("Refonte du wiki en cours")
			.contains("On s’en occupe (en retard)");
		// The rhythm changed: a new declared rhythm, and the baseline starts again.
		cast.fatou().post(base + "/board/answer", "answer", "RHYTHM_CHANGED", "days", "120");
		assertThat(state(cast.slug(), Indicator.BOARD).state()).isEqualTo(VitalityState.UP);
		assertThat(cast.fatou().get(base)).bodyText().contains("tous les 120 jours").contains("Le rythme a changé « 120 » — Fatou");

		// Nobody is nudged about what was answered; the rest is nudged.
		vitality.evaluateAll();
		assertThat(jdbc.sql("select indicator from vitality_nudge where group_id = ? order by indicator").param(groupId(cast.slug())).query(String.class)
			.list()).containsExactly("DISCUSSION", "MEETINGS");
		clock.advance(Duration.ofDays(11));
		vitality.evaluateAll();
		assertThat(state(cast.slug(), Indicator.NEWS).state()).isEqualTo(VitalityState.NUDGED);

		// A pause: every indicator paused, no nudge; the helper sees the reason.
		cast.fatou().post(base + "/pause", "pauseReason", "Le groupe se réorganise");
		assertThat(vitality.indicators(group(cast.slug())).values()).extracting(IndicatorRow::state).containsOnly(VitalityState.PAUSED);
		assertThat(cast.hugo().get("/e/" + cast.keyword() + "/vitality")).bodyText().contains("En pause : Le groupe se réorganise");
		cast.fatou().post(base + "/resume");
		assertThat(state(cast.slug(), Indicator.NEWS).state()).isNotEqualTo(VitalityState.PAUSED);

		// A quiet period running now: its time does not count, nobody is nudged.
		assertThat(cast.fatou().post(base + "/quiet", "quietLabel", "Vacances", "quietStart", today.toString(), "quietEnd",
				today.plusDays(60).toString())).hasRedirectedUrl(base);
		assertThat(state(cast.slug(), Indicator.MEETINGS).reason()).isIn(Reason.QUIET_PERIOD, Reason.ON_RHYTHM);
		assertThat(cast.fatou().get(base)).bodyText().contains("Vacances").contains("Période calme « Vacances »");
	}

	@Test
	void atMostThreeNudgesPerGroupPerQuarterAndOneMailAWeekPerPersonTheRestInTheDigest() throws Exception {
		Cast cast = cast("10.170.5");
		agedAndQuiet(cast.slug());
		vitality.evaluateAll();
		long groupId = groupId(cast.slug());
		// Five indicators late, three nudges: the board and the news to Fatou (nobody edits the news), the meetings to Omar.
		assertThat(jdbc.sql("select indicator from vitality_nudge where group_id = ? order by indicator").param(groupId).query(String.class).list())
			.containsExactly("BOARD", "MEETINGS", "NEWS");
		assertThat(received(cast.omar())).hasSize(1);
		// One mail a week for Fatou: the second nudge waits for the digest.
		assertThat(received(cast.fatou())).hasSize(1);
		assertThat(jdbc.sql("select count(*) from vitality_nudge_recipient r join vitality_nudge n on n.id = r.nudge_id where n.group_id = ? and not r.pushed")
			.param(groupId).query(Long.class).single()).isEqualTo(1);
		// The weekly digest gathers it, once.
		nudging.digest(clock.instant());
		nudging.digest(clock.instant());
		List<MimeMessage> digest = received(cast.fatou()).stream().filter(mail -> subject(mail).startsWith("Vos relances de la semaine")).toList();
		assertThat(digest).extracting(VitalityTests::subject).containsExactly("Vos relances de la semaine (1)");
		assertThat(text(digest.getFirst())).contains("Groupe " + cast.slug().substring(4) + " — ").contains("http://club.test/vitality/nudges/");
		// The next day nothing more: the quarter's budget is spent for the other two indicators.
		clock.advance(Duration.ofDays(1));
		vitality.evaluateAll();
		assertThat(jdbc.sql("select count(*) from vitality_nudge where group_id = ?").param(groupId).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void theWatchdogTellsThePlatformAdminsOnceWhenTheEvaluationStops() {
		vitality.evaluateAll();
		assertThat(watchdog.check()).isFalse();
		clock.advance(Watchdog.SILENCE.plusMinutes(1));
		int before = jdbc.sql("select count(*) from mail_outbox where subject = ?").param("Le calcul de la vitalité ne tourne plus").query(Integer.class)
			.single();
		assertThat(watchdog.check()).isTrue();
		assertThat(watchdog.check()).as("once per silence").isFalse();
		assertThat(jdbc.sql("select count(*) from mail_outbox where subject = ?").param("Le calcul de la vitalité ne tourne plus").query(Integer.class)
			.single()).isEqualTo(before + 1);
		vitality.evaluateAll();
		assertThat(watchdog.check()).isFalse();
	}

	@Test
	void aPersonsNudgesAreExportedAndForgottenTheirAnswersStayUnsigned() {
		Cast cast = cast("10.170.6");
		agedAndQuiet(cast.slug());
		vitality.evaluateAll();
		String base = "/g/" + cast.slug() + "/vitality";
		cast.fatou().post(base + "/pause", "pauseReason", "Réorganisation");
		assertThat(cast.fatou().get("/profile/export")).bodyJson().extractingPath("$.vitality.answers[0].note").isEqualTo("Réorganisation");
		assertThat(cast.fatou().get("/profile/export")).bodyJson().extractingPath("$.vitality.nudgesReceived").asArray().isNotEmpty();
		long fatou = id(cast.fatou());
		assertThat(cast.fatou().post("/profile/delete", "password", TestMembers.PASSWORD, "confirm", "true")).hasRedirectedUrl("/");
		assertThat(jdbc.sql("select count(*) from vitality_nudge_recipient where account_id = ?").param(fatou).query(Long.class).single()).isZero();
		assertThat(cast.awa().get(base)).bodyText().contains("Pause « Réorganisation » — Ancien membre");
	}

	@Test
	void withoutAnswerTheLadderClimbsToTheHelpersCallThenToDormancyReviewsNeverClosingTheGroup() throws Exception {
		Cast cast = cast("10.170.7");
		agedAndQuiet(cast.slug());
		long groupId = groupId(cast.slug());
		vitality.evaluateAll();
		String board = "select level from vitality_nudge where group_id = ? and indicator = 'BOARD'";
		assertThat(jdbc.sql(board).param(groupId).query(Integer.class).single()).isEqualTo(Nudge.FIRST);
		clock.advance(Duration.ofDays(7).plusHours(1));
		vitality.evaluateAll();
		assertThat(jdbc.sql(board).param(groupId).query(Integer.class).single()).isEqualTo(Nudge.ALL_FACILITATORS);
		assertThat(state(cast.slug(), Indicator.BOARD).state()).isEqualTo(VitalityState.ESCALATED);
		clock.advance(Duration.ofDays(7).plusHours(1));
		vitality.evaluateAll();
		assertThat(jdbc.sql(board).param(groupId).query(Integer.class).single()).isEqualTo(Nudge.PERSONAL_CONTACT);
		List<MimeMessage> call = received(cast.hugo()).stream().filter(mail -> subject(mail).contains("coup de fil")).toList();
		assertThat(call).isNotEmpty();
		assertThat(text(call.getFirst())).contains("Fatou <" + cast.fatou().email() + ">");
		clock.advance(Duration.ofDays(7).plusHours(1));
		vitality.evaluateAll();
		// 115 days without board activity: the three-month dormancy review, to the helper and the facilitators.
		assertThat(jdbc.sql(board).param(groupId).query(Integer.class).single()).isEqualTo(Nudge.DORMANCY_3_MONTHS);
		assertThat(jdbc.sql("select count(*) from vitality_nudge_recipient r join vitality_nudge n on n.id = r.nudge_id where n.group_id = ? "
				+ "and n.indicator = 'BOARD' and r.level = 4 and r.account_id in (?, ?)").params(groupId, id(cast.hugo()), id(cast.fatou()))
			.query(Long.class).single()).isEqualTo(2);
		vitality.evaluateAll();
		assertThat(jdbc.sql(board).param(groupId).query(Integer.class).single()).as("once per review").isEqualTo(Nudge.DORMANCY_3_MONTHS);
		assertThat(directory.find(cast.slug())).as("never closed").isPresent();
		assertThat(cast.hugo().get("/g/" + cast.slug() + "/vitality/board")).bodyText().contains("Relance élargie (en retard)");
	}

	@Test
	void aDecliningDiscussionIsReportedToTheHelpersInTheirWeeklyDigest() throws Exception {
		Cast cast = cast("10.170.8");
		long groupId = groupId(cast.slug());
		Instant now = clock.instant();
		jdbc.sql("update group_record set created_at = ? where id = ?").params(club.platform.Timestamps.utc(now.minus(Duration.ofDays(200))), groupId)
			.update();
		// Two messages a day for eight weeks, then one every three days for four.
		for (double day = 84; day > 0; day -= day > 28 ? 0.5 : 3) {
			jdbc.sql("insert into activity_event (group_id, kind, actor_id, at) values (?, 'DISCUSSION_MESSAGE_POSTED', ?, ?)")
				.params(groupId, id(cast.member()), club.platform.Timestamps.utc(now.minusSeconds((long) (day * 86_400))))
				.update();
		}
		vitality.evaluate(groupId);
		assertThat(state(cast.slug(), Indicator.DISCUSSION).declining()).isTrue();
		assertThat(cast.hugo().get("/e/" + cast.keyword() + "/vitality")).bodyText().contains("la discussion décline depuis plusieurs semaines");
		nudging.digest(now);
		List<MimeMessage> digest = received(cast.hugo());
		assertThat(digest).extracting(VitalityTests::subject).containsExactly("Vos relances de la semaine (1)");
		assertThat(text(digest.getFirst())).contains("Groupe " + cast.slug().substring(4) + " — Discussion : la discussion décline depuis plusieurs semaines")
			.contains("http://club.test/g/" + cast.slug() + "/vitality");
		assertThat(received(cast.fatou())).as("the digest's declines are for helpers").isEmpty();
	}

	@Test
	void aNewsDraftLeftAWeekIsNoticedAndItsPublicationBringsTheNewsBackUp() {
		Cast cast = cast("10.170.9");
		long groupId = groupId(cast.slug());
		Instant now = clock.instant();
		jdbc.sql("insert into activity_event (group_id, kind, at) values (?, 'NEWS_PUBLISHED', ?)")
			.params(groupId, club.platform.Timestamps.utc(now.minus(Duration.ofDays(5))))
			.update();
		var written = cast.fatou().post("/g/" + cast.slug() + "/news", "title", "Bilan à compléter", "body", "Brouillon", "audience", "PUBLIC",
				"publication", "DRAFT");
		long draft = Long.parseLong(written.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		assertThat(state(cast.slug(), Indicator.NEWS).state()).isEqualTo(VitalityState.UP);
		clock.advance(Duration.ofDays(7).plusHours(1));
		vitality.evaluateAll();
		assertThat(state(cast.slug(), Indicator.NEWS).reason()).isEqualTo(Reason.DRAFT_UNPUBLISHED);
		assertThat(state(cast.slug(), Indicator.NEWS).state()).isEqualTo(VitalityState.NUDGED);
		cast.fatou().post("/news/" + draft + "/edit", "title", "Bilan", "body", "Complet", "audience", "PUBLIC", "publication", "NOW");
		assertThat(state(cast.slug(), Indicator.NEWS).state()).isEqualTo(VitalityState.UP);
	}
}
