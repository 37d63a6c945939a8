package club.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;

/** Places, their plans through the entry engine, memberships, payments, renewals and reminders. */
@ClubTest
class PlaceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	Places places;

	static String slug() {
		return "l-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	String place(Visitor operator) {
		String slug = slug();
		assertThat(operator.post("/places", "name", "Le Lieu " + slug, "slug", slug, "tagline", "Un tiers-lieu", "currency", "EUR",
				"values", "Ouverture\nPartage", "services", "Atelier\nCafé", "address", "1 rue du Port, Bordeaux", "latitude", "44.86",
				"longitude", "-0.55")).hasRedirectedUrl("/p/" + slug);
		return slug;
	}

	long plan(Visitor operator, String slug, String name, String price, String period, String process, String... more) {
		var fields = new java.util.ArrayList<>(java.util.List.of("name", name, "price", price, "period", period, "process", process,
				"vouches", "2", "active", "true", "services", "Atelier"));
		fields.addAll(java.util.List.of(more));
		assertThat(operator.post("/p/" + slug + "/plans", fields.toArray(String[]::new))).hasRedirectedUrl("/p/" + slug);
		var matcher = Pattern.compile("/p/" + slug + "/plans/(\\d+)/edit").matcher(body(operator.get("/p/" + slug)));
		long last = 0;
		while (matcher.find()) {
			last = Math.max(last, Long.parseLong(matcher.group(1)));
		}
		return last;
	}

	@Test
	void aPlaceShowsItsValuesServicesHostedGroupsAndPlansAndBadInputIsRefusedNextToTheField() {
		var operator = members.member("Oumar", "10.80.0.1");
		operator.post("/groups", "name", "Groupe hébergé", "tagline", "x", "type", "THEMATIC", "slug", "heberge-" + slug().substring(2),
				"activity", "ACTIVE");
		var refused = operator.post("/places", "name", "", "slug", "Pas Valide", "tagline", "x", "currency", "euro", "latitude", "95",
				"groups", "inconnu-" + slug());
		assertThat(refused).hasStatusOk().bodyText().contains("Indiquez le nom du lieu.").contains("Indiquez un code de monnaie")
			.contains("La latitude est un nombre entre -90 et 90").contains("Groupes inconnus : inconnu-");
		String slug = place(operator);
		plan(operator, slug, "Découverte", "15", "MONTH", "OPEN");
		assertThat(operator.post("/p/" + slug + "/plans", "name", "Résident", "price", "douze", "period", "YEAR", "process", "APPLICATION",
				"questions", "")).bodyText().contains("Indiquez un prix entre 0 et 1 000 000").contains("Indiquez de 1 à 10 questions");

		var page = new Visitor(mvc, "10.80.0.9").get("/p/" + slug);
		assertThat(page).hasStatusOk().bodyText().contains("Le Lieu " + slug).contains("Ouverture").contains("Atelier")
			.contains("15,00").contains("€ par mois").contains("Adhérer").contains("Oumar");
		var stranger = members.member("Nina", "10.80.0.2");
		assertThat(stranger.get("/p/" + slug + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(stranger.get("/p/" + slug + "/memberships")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(stranger.post("/p/" + slug + "/plans", "name", "x", "price", "1", "period", "YEAR", "process", "OPEN"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anOpenPlanMakesAnActiveMembershipWhosePaymentsRenewalsAndReminderTheOperatorRuns() {
		var operator = members.member("Oumar", "10.80.1.1");
		String slug = place(operator);
		long plan = plan(operator, slug, "Découverte", "15", "MONTH", "OPEN");
		var member = members.member("Awa", "10.80.1.2");
		assertThat(member.post("/p/" + slug + "/plans/" + plan + "/join")).hasRedirectedUrl("/p/" + slug);
		assertThat(member.get("/p/" + slug)).bodyText().contains("Adhésion active");
		assertThat(member.post("/p/" + slug + "/plans/" + plan + "/join")).as("twice is harmless").hasRedirectedUrl("/p/" + slug);

		var dashboard = body(operator.get("/p/" + slug + "/memberships"));
		assertThat(dashboard).contains("Awa").contains("Adhésion active");
		long membership = Long.parseLong(Pattern.compile("/memberships/(\\d+)/payments").matcher(dashboard).results().findFirst()
			.orElseThrow().group(1));
		assertThat(operator.post("/p/" + slug + "/memberships/" + membership + "/payments", "amount", "-3", "method", "CASH"))
			.bodyText().contains("Indiquez un montant positif");
		assertThat(operator.post("/p/" + slug + "/memberships/" + membership + "/payments", "amount", "15", "method", "TRANSFER",
				"reference", "VIR-42")).hasRedirectedUrl("/p/" + slug + "/memberships");
		assertThat(member.post("/p/" + slug + "/memberships/" + membership + "/payments", "amount", "1", "method", "CASH"))
			.as("only operators record payments").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(operator.get("/p/" + slug + "/memberships")).bodyText().contains("15,00").contains("Recettes par mois");
		var csv = operator.get("/p/" + slug + "/memberships.csv");
		assertThat(csv).hasStatusOk().bodyText().contains("member").contains("Awa").contains("ACTIVE").contains("15.00");

		clock.advance(Duration.ofDays(10));
		places.remindExpiring();
		assertThat(members.mailsTo(member)).as("three weeks before the end of a month").noneMatch(mail -> mail.contains("se termine bientôt"));
		clock.advance(Duration.ofDays(15));
		assertThat(places.remindExpiring()).as("the last week of a month").isGreaterThanOrEqualTo(1);
		assertThat(members.mailsTo(member)).last().asString().startsWith("Votre adhésion à Le Lieu " + slug + " se termine bientôt");
		int again = places.remindExpiring();
		assertThat(members.mailsTo(member).stream().filter(mail -> mail.contains("se termine bientôt")).count()).as("reminded once")
			.isEqualTo(1);
		assertThat(again).isGreaterThanOrEqualTo(0);
		assertThat(member.get("/my/memberships")).bodyText().contains("Adhésion bientôt à renouveler").contains("Virement");

		clock.advance(Duration.ofDays(10));
		assertThat(member.get("/my/memberships")).bodyText().contains("Adhésion expirée");
		assertThat(operator.post("/p/" + slug + "/memberships/" + membership + "/renew")).hasRedirectedUrl("/p/" + slug + "/memberships");
		assertThat(member.get("/my/memberships")).bodyText().contains("Adhésion active");
	}

	@Test
	void aPlanOnApprovalLeavesTheMembershipPendingUntilTheOperatorDecides() {
		var operator = members.member("Oumar", "10.80.2.1");
		String slug = place(operator);
		long plan = plan(operator, slug, "Membre", "120", "YEAR", "APPROVAL");
		var applicant = members.member("Binta", "10.80.2.2");
		var sent = applicant.post("/p/" + slug + "/plans/" + plan + "/join", "message", "Je voudrais l’atelier.");
		long request = Long.parseLong(sent.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		assertThat(applicant.get("/my/memberships")).bodyText().contains("Adhésion en attente");
		assertThat(members.mailsTo(operator)).last().asString().startsWith("Binta demande à rejoindre Le Lieu " + slug + " — Membre");
		assertThat(operator.get("/p/" + slug + "/memberships")).bodyText().contains("Demandes en cours").contains("Binta");
		assertThat(operator.post("/requests/" + request + "/refuse", "reason", "Complet cette année.")).hasRedirectedUrl("/requests/" + request);
		assertThat(applicant.get("/my/memberships")).bodyText().contains("Adhésion annulée");
		assertThat(members.mailsTo(applicant)).last().asString().contains("Complet cette année.");
	}
}
