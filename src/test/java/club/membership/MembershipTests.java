package club.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.directory.GroupDirectory;
import club.support.Api;
import club.support.ClubTest;
import club.support.SignedInAs;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;

/** Joining and leaving groups through each entry process, invitations, member lists and roles. */
@ClubTest
class MembershipTests {

	private static final Pattern REQUEST = Pattern.compile("/requests/(\\d+)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Memberships memberships;

	@Autowired
	GroupDirectory directory;

	@Autowired
	club.activity.ActivityLog activity;

	static String slug() {
		return "m-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A group created by that member (its admin), with the entry process given. */
	String group(Visitor admin, String process, String... settings) {
		String slug = slug();
		admin.post("/groups", "name", "Groupe " + slug, "tagline", "Une ligne", "type", "THEMATIC", "slug", slug, "activity", "ACTIVE",
				"memberCount", "40");
		List<String> fields = new ArrayList<>(List.of("process", process, "vouches", "2", "memberList", "MEMBERS"));
		fields.addAll(List.of(settings));
		assertThat(admin.post("/g/" + slug + "/settings/entry", fields.toArray(String[]::new))).hasRedirectedUrl("/g/" + slug);
		return slug;
	}

	static long requestId(MvcTestResult result) {
		var matcher = REQUEST.matcher(result.getResponse().getRedirectedUrl());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	long accountId(Visitor visitor) {
		return jdbc.sql("select id from account where email = ?").param(visitor.email()).query(Long.class).single();
	}

	@Test
	void anOpenGroupIsJoinedAtOnceTwiceHarmlesslyAndItsMembersAreCountedFromThen() {
		var admin = members.member("Awa", "10.70.0.1");
		String slug = group(admin, "OPEN");
		var anyone = new Visitor(mvc, "10.70.0.9");
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("40").contains("Rejoindre le groupe");
		assertThat(anyone.get("/g/" + slug + "/join")).hasRedirectedUrl("/login");

		var member = members.member("Binta", "10.70.0.2");
		assertThat(member.get("/g/" + slug + "/join")).hasStatusOk().bodyText().contains("Ce groupe est ouvert");
		assertThat(member.post("/g/" + slug + "/join")).hasRedirectedUrl("/g/" + slug);
		assertThat(member.post("/g/" + slug + "/join")).as("twice is harmless").hasRedirectedUrl("/g/" + slug);
		assertThat(member.get("/g/" + slug)).bodyText().contains("Vous êtes membre de ce groupe.");
		assertThat(anyone.get("/g/" + slug)).as("the typed number, until the group counts here").bodyText().contains("<dd>40");
		admin.post("/g/" + slug + "/settings/entry", "process", "OPEN", "memberList", "MEMBERS", "counted", "true");
		assertThat(anyone.get("/g/" + slug)).as("counted now, not typed").bodyText().contains("<dd>2");
		assertThat(admin.get("/g/" + slug + "/edit")).bodyText().contains("compté automatiquement");

		assertThat(member.get("/g/" + slug + "/leave")).bodyText().contains("Oui, quitter le groupe");
		assertThat(member.post("/g/" + slug + "/leave")).hasRedirectedUrl("/g/" + slug);
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("<dd>1");
		long groupId = directory.find(slug).orElseThrow().id();
		assertThat(activity.since(groupId, java.time.Instant.EPOCH)).extracting(club.activity.ActivityEvent::kind)
			.as("the activity log").containsExactly(club.activity.ActivityKind.MEMBER_JOINED, club.activity.ActivityKind.MEMBER_LEFT);
		assertThat(admin.post("/g/" + slug + "/leave")).as("the last admin stays").bodyText()
			.contains("Vous êtes la seule personne à administrer ce groupe");
	}

	@Test
	void anApprovalIsDecidedByAnOrganizerNeverByTheApplicantAndTheApplicantIsTold() {
		var admin = members.member("Awa", "10.70.1.1");
		String slug = group(admin, "APPROVAL");
		var applicant = members.member("Chloé", "10.70.1.2");

		var english = members.member("Eve", "10.70.1.4");
		english.post("/g/" + slug + "/join");
		jdbc.sql("update account set locale = 'en' where email = ?").param(admin.email()).update();
		var sent = applicant.post("/g/" + slug + "/join", "message", "Je fais de la réparation de vélos.");
		long id = requestId(sent);
		assertThat(members.mailsTo(admin)).as("in the organizer's language").last().asString()
			.startsWith("Chloé asks to join Groupe " + slug).contains("You are one of those who look at these requests");
		jdbc.sql("update account set locale = 'fr' where email = ?").param(admin.email()).update();
		assertThat(applicant.get("/requests/" + id)).bodyText().contains("en attente").contains("Votre demande attend une décision")
			.contains("Je fais de la réparation de vélos.");
		assertThat(applicant.get("/g/" + slug)).bodyText().contains("Voir ma demande en cours");
		assertThat(applicant.post("/requests/" + id + "/accept")).as("nobody approves themselves").hasStatus(HttpStatus.FORBIDDEN);
		var stranger = members.member("Dan", "10.70.1.3");
		assertThat(stranger.get("/requests/" + id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(stranger.post("/requests/" + id + "/accept")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(admin.get("/g/" + slug + "/requests")).bodyText().contains("Chloé").contains("Eve").contains("aujourd’hui");
		clock.advance(Duration.ofDays(3));
		assertThat(admin.get("/g/" + slug + "/requests")).bodyText().contains("3 jours");
		assertThat(admin.post("/requests/" + id + "/refuse", "reason", "")).bodyText().contains("Indiquez la raison de la décision.");
		assertThat(admin.post("/requests/" + id + "/accept")).hasRedirectedUrl("/requests/" + id);
		assertThat(members.mailsTo(applicant)).last().asString().startsWith("Bienvenue dans Groupe " + slug);
		assertThat(applicant.get("/g/" + slug)).bodyText().contains("Vous êtes membre de ce groupe.");
		assertThat(admin.post("/requests/" + id + "/refuse", "reason", "trop tard")).hasRedirectedUrl("/requests/" + id);
		assertThat(applicant.get("/requests/" + id)).bodyText().contains("acceptée").contains("demande envoyée")
			.contains("demande acceptée");
	}

	@Test
	void myGroupsSuggestsGroupsOfTheSameEcosystemsAndMyPageShowsMyGroupsToWhomIChose() {
		var awa = members.member("Awa", "10.70.10.1");
		String keyword = "zz" + UUID.randomUUID().toString().substring(0, 6);
		String mine = slug();
		awa.post("/groups", "name", "Mon groupe " + mine, "tagline", "x", "type", "THEMATIC", "slug", mine, "activity", "ACTIVE",
				"keywords", keyword);
		var bob = members.member("Bob", "10.70.10.2");
		String other = slug();
		bob.post("/groups", "name", "Groupe voisin " + other, "tagline", "x", "type", "THEMATIC", "slug", other, "activity", "ACTIVE",
				"keywords", keyword);
		String archived = slug();
		bob.post("/groups", "name", "Groupe archivé " + archived, "tagline", "x", "type", "THEMATIC", "slug", archived, "activity",
				"ARCHIVED", "keywords", keyword);
		var dashboard = body(awa.get("/my/groups"));
		assertThat(dashboard).contains("D’autres groupes pour vous").contains("Groupe voisin " + other)
			.doesNotContain("Groupe archivé " + archived);
		assertThat(dashboard.indexOf("Mon groupe " + mine)).as("her own group is listed once, not suggested")
			.isEqualTo(dashboard.lastIndexOf("Mon groupe " + mine));

		String page = Pattern.compile("/people/[0-9a-f-]{36}").matcher(dashboard).results().findFirst().orElseThrow().group();
		var anyone = new Visitor(mvc, "10.70.10.9");
		assertThat(anyone.get(page)).hasStatusOk().bodyText().contains("Awa").contains("ne montre pas ses groupes")
			.doesNotContain("Mon groupe " + mine);
		bob.post("/g/" + mine + "/join");
		assertThat(bob.get(page)).as("a member of the same group").bodyText().contains("Mon groupe " + mine);
		awa.post("/my/groups/audience", "audience", "PUBLIC");
		assertThat(anyone.get(page)).bodyText().contains("Mon groupe " + mine);
		awa.post("/my/groups/audience", "audience", "NOBODY");
		assertThat(bob.get(page)).bodyText().doesNotContain("Mon groupe " + mine);
		assertThat(awa.get(page)).as("she always sees her own").bodyText().contains("Mon groupe " + mine);
	}

	@Test
	void anOrganizerWhoTurnedRequestMailsOffGetsNoneButStillSeesTheQueue() {
		var admin = members.member("Awa", "10.70.9.1");
		String slug = group(admin, "APPROVAL");
		assertThat(admin.get("/profile/notifications")).bodyText().contains("les demandes pour rejoindre les groupes que j’anime");
		admin.post("/profile/notifications", "topic", "MEMBERSHIP_DECISIONS", "topic", "VOUCHING");
		assertThat(admin.get("/profile/notifications")).bodyText()
			.contains("value=\"MEMBERSHIP_DECISIONS\" checked").doesNotContain("value=\"MEMBERSHIP_REQUESTS\" checked");
		int before = members.mailsTo(admin).size();
		var applicant = members.member("Quentin", "10.70.9.2");
		applicant.post("/g/" + slug + "/join");
		assertThat(members.mailsTo(admin)).hasSize(before);
		assertThat(admin.get("/g/" + slug + "/requests")).bodyText().contains("Quentin");
		admin.post("/profile/notifications", "topic", "MEMBERSHIP_REQUESTS");
		members.member("Rose", "10.70.9.3").post("/g/" + slug + "/join");
		assertThat(members.mailsTo(admin)).last().asString().startsWith("Rose demande à rejoindre");
	}

	@Test
	void twoOrganizersDecidingTheSameRequestAtOnceYieldOneDecision() throws Exception {
		var admin = members.member("Awa", "10.70.2.1");
		String slug = group(admin, "APPROVAL");
		var leader = members.member("Eli", "10.70.2.2");
		leader.post("/g/" + slug + "/join");
		long leaderRequest = requestId(leader.post("/g/" + slug + "/join"));
		admin.post("/requests/" + leaderRequest + "/accept");
		admin.post("/g/" + slug + "/members/roles", "member", Long.toString(accountId(leader)), "role", "LEADER");
		var applicant = members.member("Fatou", "10.70.2.3");
		long id = requestId(applicant.post("/g/" + slug + "/join"));

		var group = memberships.target(directory.find(slug).orElseThrow());
		var request = memberships.request(id).orElseThrow();
		var start = new CountDownLatch(1);
		List<CompletableFuture<Memberships.Outcome>> decisions = new ArrayList<>();
		for (long organizer : List.of(accountId(admin), accountId(leader))) {
			decisions.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
				return memberships.decide(request, group, new SignedInAs(organizer), organizer % 2 == 0, "décision " + organizer);
			}));
		}
		start.countDown();
		var outcomes = decisions.stream().map(CompletableFuture::join).toList();
		assertThat(outcomes).containsExactlyInAnyOrder(Memberships.Outcome.DONE, Memberships.Outcome.ALREADY_DECIDED);
		assertThat(members.mailsTo(applicant)).as("one decision, one mail").hasSize(2);
	}

	@Test
	void coOptationAsksTheNamedMembersAndAcceptsOnceEnoughVouched() {
		var admin = members.member("Awa", "10.70.3.1");
		String slug = group(admin, "COOPTATION");
		var first = members.member("Gaël", "10.70.3.2");
		var second = members.member("Hawa", "10.70.3.3");
		for (var member : List.of(first, second)) {
			var invited = admin.post("/g/" + slug + "/invitations", "emails", member.email());
			assertThat(invited).hasRedirectedUrl("/g/" + slug + "/invitations");
			String link = members.mailsTo(member).getLast().replaceAll("(?s).*(/invitations/[A-Za-z0-9_-]+).*", "$1");
			assertThat(member.post(link)).hasRedirectedUrl("/g/" + slug);
		}
		var applicant = members.member("Ibrahim", "10.70.3.4");
		assertThat(applicant.post("/g/" + slug + "/join", "vouchers", "pas-une-adresse")).bodyText()
			.contains("Indiquez au plus 10 adresses e-mail valides.");
		long id = requestId(applicant.post("/g/" + slug + "/join", "vouchers", first.email() + ", inconnu@example.org"));
		assertThat(members.mailsTo(first)).last().asString().startsWith("Ibrahim vous demande de vous porter garant");
		assertThat(members.mailsTo(second)).noneMatch(mail -> mail.startsWith("Ibrahim"));
		assertThat(first.get("/my/groups")).bodyText().contains("Ibrahim vous demande de vous porter garant·e pour rejoindre");

		assertThat(applicant.post("/requests/" + id + "/vouch")).as("nobody vouches for themselves").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(first.post("/requests/" + id + "/vouch")).hasRedirectedUrl("/requests/" + id);
		assertThat(first.post("/requests/" + id + "/vouch")).as("once per member").hasRedirectedUrl("/requests/" + id);
		assertThat(applicant.get("/requests/" + id)).bodyText().contains("Parrainages : 1 sur 2").contains("en attente");
		assertThat(second.get("/g/" + slug + "/requests")).as("members see co-optations").bodyText().contains("Ibrahim");
		assertThat(second.post("/requests/" + id + "/vouch")).hasRedirectedUrl("/requests/" + id);
		assertThat(applicant.get("/requests/" + id)).bodyText().contains("acceptée");
		assertThat(applicant.get("/g/" + slug)).bodyText().contains("Vous êtes membre de ce groupe.");
	}

	@Test
	void anApplicationIsAnsweredThenInterviewedThenDecidedWithAReason() {
		var admin = members.member("Awa", "10.70.4.1");
		String slug = group(admin, "APPLICATION", "questions", "Pourquoi nous rejoindre ?\nQue pouvez-vous apporter ?");
		var applicant = members.member("Jade", "10.70.4.2");
		var missing = applicant.post("/g/" + slug + "/join", "answer", "Pour apprendre", "answer", " ");
		assertThat(missing).bodyText().contains("id=\"answer-1-error\">Répondez à cette question.").contains("Pour apprendre");
		long id = requestId(applicant.post("/g/" + slug + "/join", "answer", "Pour apprendre", "answer", "Mon atelier"));
		assertThat(admin.get("/requests/" + id)).bodyText().contains("Pourquoi nous rejoindre ?").contains("Mon atelier");

		String past = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Paris"))).minusDays(1).withNano(0).toString();
		String soon = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(3).withHour(18).withMinute(30)
			.withSecond(0).withNano(0).toString();
		String later = LocalDateTime.parse(soon).plusDays(1).toString();
		assertThat(admin.post("/requests/" + id + "/slots", "slot", past, "mode", "ONLINE", "place", "pas un lien")).bodyText()
			.contains("Indiquez une date et une heure à venir.").contains("Indiquez le lien de la visio");
		assertThat(admin.post("/requests/" + id + "/slots", "slot", soon, "mode", "IN_PERSON", "place", "Cap Sciences, Bordeaux", "slot",
				later, "mode", "ONLINE", "place", "https://visio.example.org/jade")).hasRedirectedUrl("/requests/" + id);
		assertThat(members.mailsTo(applicant)).last().asString().contains("vous propose deux créneaux".replace("deux", "2"));
		var page = body(applicant.get("/requests/" + id));
		var slot = Pattern.compile("/requests/" + id + "/slots/(\\d+)/choose").matcher(page);
		assertThat(slot.find()).isTrue();
		assertThat(applicant.post("/requests/" + id + "/slots/" + slot.group(1) + "/choose")).hasRedirectedUrl("/requests/" + id);
		assertThat(members.mailsTo(admin)).last().asString().startsWith("Entretien avec Jade pour Groupe " + slug)
			.contains("18:30").contains("Cap Sciences, Bordeaux");

		assertThat(admin.post("/requests/" + id + "/accept", "reason", "")).as("a reason after an interview").bodyText()
			.contains("Indiquez la raison de la décision.");
		assertThat(admin.post("/requests/" + id + "/accept", "reason", "Motivation claire, atelier utile au groupe."))
			.hasRedirectedUrl("/requests/" + id);
		assertThat(members.mailsTo(applicant)).last().asString().contains("Motivation claire, atelier utile au groupe.");
		assertThat(applicant.get("/requests/" + id)).bodyText().contains("créneau choisi").contains("Motivation claire");
	}

	@Test
	void anotherModuleInvitesAccountsAndMembersAlreadyInAreSkipped() {
		var admin = members.member("Awa", "10.70.12.1");
		String slug = group(admin, "COOPTATION");
		var group = directory.find(slug).orElseThrow();
		long adminId = members.accountId(admin.email());
		var guest = members.member("Kofi", "10.70.12.2");
		long guestId = members.accountId(guest.email());
		var gone = members.member("Lina", "10.70.12.3");
		long goneId = members.accountId(gone.email());
		gone.post("/profile/delete", "password", TestMembers.PASSWORD, "confirm", "true");
		int adminMails = members.mailsTo(admin).size();

		assertThat(memberships.inviteMembers(group, List.of(guestId, adminId, guestId, goneId), adminId, "membershipInvitation", "Awa",
				group.name())).isEqualTo(1);

		assertThat(members.mailsTo(admin)).as("a member already is not invited").hasSize(adminMails);
		assertThat(jdbc.sql("select email from group_invitation where group_id = ?").param(group.id()).query(String.class).list())
			.containsExactly(guest.email());
		String mail = members.mailsTo(guest).getLast();
		assertThat(mail).contains("Awa vous invite dans le groupe " + group.name()).contains("valable 14 jours");
		String link = mail.replaceAll("(?s).*(/invitations/[A-Za-z0-9_-]+).*", "$1");
		assertThat(guest.post(link)).as("whatever the entry process").hasRedirectedUrl("/g/" + slug);
		assertThat(guest.get("/g/" + slug)).bodyText().contains("Vous êtes membre de ce groupe.");
	}

	@Test
	void anInvitationWorksOnceAndNotAfterItExpired() {
		var admin = members.member("Awa", "10.70.5.1");
		String slug = group(admin, "APPROVAL");
		assertThat(admin.post("/g/" + slug + "/invitations", "emails", "ami@example.org, pas-valide")).bodyText()
			.contains("Ces adresses ne sont pas valides : pas-valide");
		var guest = members.member("Kofi", "10.70.5.2");
		var other = members.member("Lina", "10.70.5.3");
		admin.post("/g/" + slug + "/invitations", "emails", guest.email() + "\n" + other.email());
		String link = members.mailsTo(guest).getLast().replaceAll("(?s).*(/invitations/[A-Za-z0-9_-]+).*", "$1");
		assertThat(new Visitor(mvc, "10.70.5.9").get(link)).hasStatusOk().bodyText().contains("Vous êtes invité·e à rejoindre");
		assertThat(guest.post(link)).hasRedirectedUrl("/g/" + slug);
		assertThat(guest.get("/g/" + slug)).bodyText().contains("Vous êtes membre de ce groupe.");
		var reused = new Visitor(mvc, "10.70.5.9").get(link);
		assertThat(reused).hasStatus(HttpStatus.GONE).bodyText().contains("Ce lien d’invitation a déjà servi.");
		assertThat(new Visitor(mvc, "10.70.5.9").get("/invitations/pas-un-jeton")).hasStatus(HttpStatus.NOT_FOUND);

		String otherLink = members.mailsTo(other).getLast().replaceAll("(?s).*(/invitations/[A-Za-z0-9_-]+).*", "$1");
		clock.advance(Duration.ofDays(15));
		assertThat(other.post(otherLink)).hasStatus(HttpStatus.GONE).bodyText().contains("Ce lien d’invitation a expiré.");
		assertThat(admin.get("/g/" + slug + "/invitations")).bodyText().contains("acceptée").contains("expirée");

		clock.advance(Duration.ofHours(1));
		String many = java.util.stream.IntStream.range(0, Memberships.INVITATIONS_PER_HOUR)
			.mapToObj(i -> "invite-" + i + "@example.org").collect(java.util.stream.Collectors.joining("\n"));
		assertThat(admin.post("/g/" + slug + "/invitations", "emails", many)).hasRedirectedUrl("/g/" + slug + "/invitations");
		var refused = admin.post("/g/" + slug + "/invitations", "emails", "encore@example.org");
		assertThat(refused).as("invitations are rate-limited").hasStatus(HttpStatus.TOO_MANY_REQUESTS).bodyText()
			.contains("Trop d’invitations en peu de temps : aucune n’a été envoyée");
	}

	@Test
	void theMemberListShowsToTheAudienceChosenAndARemovedMemberLosesAccessAtOnceEvenWithAToken() {
		var admin = members.member("Awa", "10.70.6.1");
		String slug = group(admin, "OPEN");
		var member = members.member("Mamadou", "10.70.6.2");
		member.post("/g/" + slug + "/join");
		String token = members.apiToken(member, "lecture");
		var api = new Api(mvc);
		var anyone = new Visitor(mvc, "10.70.6.9");
		var stranger = members.member("Nina", "10.70.6.3");

		assertThat(anyone.get("/g/" + slug + "/members")).hasRedirectedUrl("/login");
		assertThat(stranger.get("/g/" + slug + "/members")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(member.get("/g/" + slug + "/members")).hasStatusOk().bodyText().contains(">Awa</a>").contains("Administration")
			.contains("2 membres").containsPattern("href=\"/people/[0-9a-f-]{36}\"");
		assertThat(api.call("GET", "/api/v1/groups/" + slug + "/members", token, "")).hasStatusOk().bodyText().contains("Mamadou");
		assertThat(api.call("GET", "/api/v1/groups/" + slug + "/members", null, "")).hasStatus(HttpStatus.UNAUTHORIZED);

		admin.post("/g/" + slug + "/settings/entry", "process", "OPEN", "memberList", "PUBLIC");
		assertThat(anyone.get("/g/" + slug + "/members")).hasStatusOk().bodyText().contains("Mamadou");
		admin.post("/g/" + slug + "/settings/entry", "process", "OPEN", "memberList", "ORGANIZERS");
		assertThat(member.get("/g/" + slug + "/members")).hasStatus(HttpStatus.FORBIDDEN);
		admin.post("/g/" + slug + "/settings/entry", "process", "OPEN", "memberList", "MEMBERS");

		assertThat(member.post("/g/" + slug + "/members/remove", "member", Long.toString(accountId(admin))))
			.as("a plain member removes nobody").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(admin.post("/g/" + slug + "/members/remove", "member", Long.toString(accountId(member))))
			.hasRedirectedUrl("/g/" + slug + "/members");
		assertThat(api.call("GET", "/api/v1/groups/" + slug + "/members", token, "")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(member.get("/g/" + slug + "/members")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void requestsAreRateLimitedPerPersonUntilTimeMovesOn() {
		var admin = members.member("Awa", "10.70.7.1");
		var applicant = members.member("Omar", "10.70.7.2");
		List<String> slugs = new ArrayList<>();
		for (int i = 0; i <= Memberships.REQUESTS_PER_HOUR; i++) {
			slugs.add(group(admin, "APPROVAL"));
		}
		for (int i = 0; i < Memberships.REQUESTS_PER_HOUR; i++) {
			assertThat(applicant.post("/g/" + slugs.get(i) + "/join")).hasStatus(HttpStatus.FOUND);
		}
		var refused = applicant.post("/g/" + slugs.getLast() + "/join");
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS).bodyText().contains("Trop de demandes en peu de temps.");
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotNull();
		clock.advance(Duration.ofHours(1));
		assertThat(applicant.post("/g/" + slugs.getLast() + "/join")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aDeletedAccountLeavesMemberListsAndRequestsButTheHistoryStaysReadable() {
		var admin = members.member("Awa", "10.70.8.1");
		String slug = group(admin, "APPROVAL");
		var applicant = members.member("Paul", "10.70.8.2");
		long id = requestId(applicant.post("/g/" + slug + "/join", "message", "Bonjour"));
		var export = applicant.get("/profile/export");
		assertThat(export).bodyText().contains("\"membership\"").contains("Bonjour").contains("\"roles\"");
		applicant.post("/profile/delete", "password", TestMembers.PASSWORD, "confirm", "true");
		assertThat(admin.get("/requests/" + id)).bodyText().contains("Ancien membre").doesNotContain("Paul").doesNotContain("Bonjour");
	}
}
