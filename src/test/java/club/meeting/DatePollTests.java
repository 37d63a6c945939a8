package club.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.GroupDirectory;
import club.support.ClubTest;
import club.support.SignedInAs;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;

/** Date polls: proposed, answered on a grid, closed on the best date or without one, and never silently. */
@ClubTest
class DatePollTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	DatePolls polls;

	@Autowired
	ActivityLog activity;

	@Autowired
	GroupDirectory directory;

	String group(Visitor admin) {
		String slug = "p-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/groups", "name", "Groupe " + slug, "tagline", "Une ligne", "type", "THEMATIC", "slug", slug, "activity", "ACTIVE");
		return slug;
	}

	String inDays(int days, int hour) {
		return LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(days).withHour(hour).withMinute(0).withSecond(0)
			.withNano(0).toString();
	}

	static long id(MvcTestResult result) {
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	long open(Visitor admin, String slug) {
		return id(admin.post("/g/" + slug + "/polls", "title", "Rencontre de décembre", "place", "https://visio.example.org/dec", "duration",
				"90", "deadline", inDays(3, 12), "option", inDays(5, 18), "option", inDays(6, 18), "option", inDays(7, 18)));
	}

	@Test
	void aPollWithoutOptionsOrWithADeadlinePassedIsRefused() {
		var admin = members.member("Awa", "10.120.0.1");
		String slug = group(admin);
		var refused = admin.post("/g/" + slug + "/polls", "title", "Sans dates", "place", "Ici", "duration", "0", "deadline", inDays(-1, 12),
				"option", "", "option", "");
		assertThat(refused).hasStatusOk().bodyText().contains("Proposez de 1 à 20 dates.").contains("La date limite doit être à venir.")
			.contains("Indiquez une durée entre 15 et 1 440 minutes.");
		assertThat(admin.post("/g/" + slug + "/polls", "title", "Trop tôt", "place", "Ici", "duration", "60", "deadline", inDays(5, 12),
				"option", inDays(4, 18))).bodyText().contains("Proposez une date après la date limite des réponses.");
		var member = members.member("Binta", "10.120.0.2");
		assertThat(member.get("/g/" + slug + "/polls/new")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void membersAnswerOnAGridAndTheOrganizerClosesOnTheBestDateWhichBecomesTheNextMeeting() throws Exception {
		var admin = members.member("Awa", "10.120.1.1");
		String slug = group(admin);
		long poll = open(admin, slug);
		var first = members.member("Binta", "10.120.1.2");
		var second = members.member("Chloé", "10.120.1.3");
		first.post("/g/" + slug + "/join");
		second.post("/g/" + slug + "/join");
		assertThat(members.member("Dan", "10.120.1.4").get("/polls/" + poll)).as("members only").hasStatus(HttpStatus.NOT_FOUND);

		var options = Pattern.compile("name=\"answer-(\\d+)\"").matcher(body(first.get("/polls/" + poll))).results()
			.map(match -> match.group(1)).toList();
		assertThat(options).hasSize(3);
		first.post("/polls/" + poll + "/answers", "answer-" + options.get(0), "YES", "answer-" + options.get(1), "YES", "answer-" + options.get(2),
				"NO");
		second.post("/polls/" + poll + "/answers", "answer-" + options.get(0), "NO", "answer-" + options.get(1), "IF_NEEDED",
				"answer-" + options.get(2), "YES");
		var grid = body(admin.get("/polls/" + poll));
		assertThat(grid).contains("Binta").contains("Chloé").contains("si besoin");
		assertThat(first.post("/polls/" + poll + "/close", "option", options.get(1))).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(admin.post("/polls/" + poll + "/close", "option", options.get(1))).hasRedirectedUrl("/polls/" + poll);
		var closed = body(admin.get("/polls/" + poll));
		assertThat(closed).contains("date choisie");
		long meeting = Long.parseLong(Pattern.compile("/meetings/(\\d+)").matcher(closed).results().findFirst().orElseThrow().group(1));
		assertThat(first.get("/g/" + slug)).bodyText().contains("Rencontre de décembre").contains("/meetings/" + meeting);
		assertThat(first.get("/meetings/" + meeting + ".ics")).hasStatusOk().bodyText().contains("SUMMARY:Rencontre de décembre");
		assertThat(first.post("/polls/" + poll + "/answers", "answer-" + options.get(0), "NO")).hasRedirectedUrl("/polls/" + poll);
		assertThat(activity.since(directory.find(slug).orElseThrow().id(), java.time.Instant.EPOCH)).extracting(event -> event.kind())
			.contains(ActivityKind.POLL_OPENED, ActivityKind.POLL_CLOSED_WITH_DATE, ActivityKind.MEETING_SCHEDULED);
	}

	@Test
	void membersAnsweringAtTheSameTimeLoseNothing() {
		var admin = members.member("Awa", "10.120.2.1");
		String slug = group(admin);
		long pollId = open(admin, slug);
		DatePoll poll = polls.find(pollId).orElseThrow();
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			var member = members.member("Membre " + i, "10.120.2." + (10 + i));
			member.post("/g/" + slug + "/join");
			people.add(members.accountId(member.email()));
		}
		var answers = people.stream()
			.map(person -> CompletableFuture.runAsync(() -> polls.answer(poll, new SignedInAs(person),
					Map.of(poll.options().get(0).id(), DatePoll.Answer.YES, poll.options().get(1).id(), DatePoll.Answer.IF_NEEDED))))
			.toList();
		answers.forEach(CompletableFuture::join);
		var grid = polls.answers(poll);
		assertThat(grid.get(poll.options().get(0).id())).hasSize(6);
		assertThat(grid.get(poll.options().get(1).id())).hasSize(6);
	}

	@Test
	void aPollEndingWithoutADateTellsItsOrganizersAtOnceWhetherClosedSoOrPastItsDeadline() {
		var admin = members.member("Awa", "10.120.3.1");
		String slug = group(admin);
		long closedByHand = open(admin, slug);
		assertThat(admin.post("/polls/" + closedByHand + "/close")).hasRedirectedUrl("/polls/" + closedByHand);
		assertThat(members.mailsTo(admin)).last().asString().startsWith("Sondage terminé sans date : Rencontre de décembre");
		assertThat(admin.get("/g/" + slug)).bodyText().contains("pas encore programmée");

		long forgotten = open(admin, slug);
		int mails = members.mailsTo(admin).size();
		polls.closeOverdue();
		assertThat(members.mailsTo(admin)).as("not before the deadline").hasSize(mails);
		clock.advance(Duration.ofDays(4));
		assertThat(polls.closeOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(members.mailsTo(admin)).hasSize(mails + 1);
		assertThat(admin.get("/polls/" + forgotten)).bodyText().contains("terminé sans date");
		assertThat(activity.since(directory.find(slug).orElseThrow().id(), java.time.Instant.EPOCH)).extracting(event -> event.kind())
			.filteredOn(kind -> kind == ActivityKind.POLL_CLOSED_WITHOUT_DATE).hasSize(2);
	}
}
