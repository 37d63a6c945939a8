package club.news;

import static club.news.NewsTests.group;
import static club.news.NewsTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;

/** News by mail at each member's pace: each post, a weekly digest (the default), or none. */
@ClubTest
class NewsMailTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	News news;

	@Autowired
	NewsMails mails;

	Visitor joined(String name, String ip, String slug) {
		var member = members.member(name, ip);
		member.post("/g/" + slug + "/join");
		return member;
	}

	@Test
	void eachPostGoesToTheMembersWhoChoseEachPostButNotToTheOthersNorToThoseWhoTurnedNewsOff() {
		var admin = members.member("Awa", "10.131.0.1");
		String slug = group(admin);
		var each = joined("Binta", "10.131.0.2", slug);
		var weekly = joined("Chloé", "10.131.0.3", slug);
		var none = joined("Dan", "10.131.0.4", slug);
		var optedOut = joined("Eli", "10.131.0.5", slug);
		var outsider = members.member("Fatou", "10.131.0.6");
		assertThat(each.get("/g/" + slug + "/news")).bodyText().contains("Recevoir les nouvelles de ce groupe par e-mail")
			.containsPattern("value=\"WEEKLY\" checked");
		assertThat(each.post("/g/" + slug + "/news/pace", "pace", "EACH")).hasRedirectedUrl("/g/" + slug + "/news");
		assertThat(each.get("/g/" + slug + "/news")).bodyText().containsPattern("value=\"EACH\" checked");
		none.post("/g/" + slug + "/news/pace", "pace", "NONE");
		optedOut.post("/g/" + slug + "/news/pace", "pace", "EACH");
		optedOut.post("/profile/notifications", "topic", "MEETINGS");
		admin.post("/g/" + slug + "/news/pace", "pace", "EACH");
		assertThat(outsider.post("/g/" + slug + "/news/pace", "pace", "EACH")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(each.post("/g/" + slug + "/news/pace", "pace", "SOMETIMES")).hasStatus(HttpStatus.BAD_REQUEST);

		long post = post(admin, slug, "Fête du solstice", "On se retrouve **au jardin** à 19 h.", "PUBLIC", "NOW");
		post(admin, slug, "Brouillon", "Pas encore", "PUBLIC", "DRAFT");
		assertThat(members.mailsTo(each)).filteredOn(mail -> mail.contains("Fête du solstice")).singleElement().asString()
			.startsWith("Groupe " + slug + " : Fête du solstice").contains("On se retrouve au jardin à 19 h.")
			.contains("http://club.test/news/" + post).contains("http://club.test/g/" + slug + "/news");
		assertThat(members.mailsTo(weekly)).noneMatch(mail -> mail.contains("Fête du solstice"));
		assertThat(members.mailsTo(none)).noneMatch(mail -> mail.contains("Fête du solstice"));
		assertThat(members.mailsTo(optedOut)).noneMatch(mail -> mail.contains("Fête du solstice"));
		assertThat(members.mailsTo(outsider)).noneMatch(mail -> mail.contains("Fête du solstice"));
		assertThat(members.mailsTo(admin)).as("not to its author").noneMatch(mail -> mail.contains("Fête du solstice"));
		assertThat(members.mailsTo(each)).as("drafts are not sent").noneMatch(mail -> mail.contains("Brouillon"));

		// A scheduled post is sent when the task publishes it, once.
		post(admin, slug, "Rappel du solstice", "Demain !", "PUBLIC", "SCHEDULE", "publishAt", NewsTests.day(clock, 1, 18));
		assertThat(members.mailsTo(each)).noneMatch(mail -> mail.contains("Rappel du solstice"));
		clock.advance(Duration.ofDays(2));
		news.publishDue();
		news.publishDue();
		assertThat(members.mailsTo(each)).filteredOn(mail -> mail.contains("Rappel du solstice")).hasSize(1);
	}

	@Test
	void theWeeklyDigestGoesOnceAWeekToMembersOnTheDefaultPaceOnlyWhenThereWasNews() {
		var admin = members.member("Awa", "10.131.1.1");
		String slug = group(admin);
		String quiet = group(admin);
		var weekly = joined("Binta", "10.131.1.2", slug);
		weekly.post("/g/" + quiet + "/join");
		var each = joined("Chloé", "10.131.1.3", slug);
		each.post("/g/" + slug + "/news/pace", "pace", "EACH");
		var none = joined("Dan", "10.131.1.4", slug);
		none.post("/g/" + slug + "/news/pace", "pace", "NONE");
		var english = members.member("Emma", "10.131.1.5");
		english.post("/profile", "displayName", "Emma", "interests", "", "language", "en");
		english.post("/g/" + slug + "/join");

		long first = post(admin, slug, "Première de la semaine", "Texte", "PUBLIC", "NOW");
		long second = post(admin, slug, "Pour les membres", "Texte", "MEMBERS", "NOW");
		mails.sendDigests();
		assertThat(members.mailsTo(weekly)).as("not before the week is over").noneMatch(mail -> mail.contains("Première de la semaine"));

		LocalDate nextMonday = LocalDate.now(clock.withZone(PARIS)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		clock.advance(Duration.between(clock.instant(), nextMonday.atTime(9, 0).atZone(PARIS).toInstant()));
		mails.sendDigests();
		mails.sendDigests();
		var digests = members.mailsTo(weekly).stream().filter(mail -> mail.startsWith("Les nouvelles de vos groupes")).toList();
		assertThat(digests).as("once").singleElement().asString().contains("les 2 nouvelles publiées")
			.contains("Groupe " + slug + " — Première de la semaine : http://club.test/news/" + first)
			.contains("Groupe " + slug + " — Pour les membres : http://club.test/news/" + second);
		assertThat(members.mailsTo(english)).filteredOn(mail -> mail.startsWith("Your groups’ news")).singleElement().asString()
			.contains("Here are the 2 posts published");
		assertThat(members.mailsTo(each)).noneMatch(mail -> mail.startsWith("Les nouvelles de vos groupes"));
		assertThat(members.mailsTo(none)).noneMatch(mail -> mail.startsWith("Les nouvelles de vos groupes"));

		clock.advance(Duration.ofDays(7));
		mails.sendDigests();
		assertThat(members.mailsTo(weekly)).as("no news, no digest").filteredOn(mail -> mail.startsWith("Les nouvelles de vos groupes"))
			.hasSize(1);
	}
}
