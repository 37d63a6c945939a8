package club.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.access.Access;
import club.access.EcosystemRole;
import club.support.ClubTest;
import club.support.TestMembers;
import club.support.Visitor;

@ClubTest
class AdmissionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	EcosystemRepository ecosystems;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Access access;

	String moderatedEcosystem() {
		String keyword = "mod" + UUID.randomUUID().toString().substring(0, 6);
		ecosystems.insert(new Ecosystem(0, keyword, "Modéré " + keyword, null, Ecosystem.COOP_GROUP_CHARTER, null, true,
				Instant.now()));
		return keyword;
	}

	String groupWithKeyword(Visitor admin, String keyword) {
		String slug = "cand-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/groups", "name", "Candidat " + slug, "tagline", "Une ligne", "type", "THEMATIC", "slug", slug, "activity",
				"ACTIVE", "keywords", keyword);
		return slug;
	}

	long groupId(String slug) {
		return jdbc.sql("select id from group_record where slug = ?").param(slug).query(Long.class).single();
	}

	@Test
	void aGroupAppearsInAModeratedEcosystemOnlyOnceAStewardAcceptedItsApplication() {
		String keyword = moderatedEcosystem();
		var groupAdmin = members.member("Awa", "10.95.0.1");
		String slug = groupWithKeyword(groupAdmin, keyword);
		var anyone = new Visitor(mvc, "10.95.0.2");

		assertThat(anyone.get("/e/" + keyword)).bodyText().contains("Écosystème modéré").doesNotContain("Candidat " + slug);
		assertThat(groupAdmin.get("/g/" + slug)).bodyText().contains("pas encore demandée").contains("Demander l’admission");

		var form = groupAdmin.get("/e/" + keyword + "/apply?group=" + slug);
		assertThat(form).hasStatusOk().bodyText().contains("sans adhésion ni autre restriction")
			.contains("pouvoir d’agir").contains("Creative Commons BY-SA");
		assertThat(groupAdmin.post("/e/" + keyword + "/apply?group=" + slug, "rule", "0", "rule", "1")).bodyText()
			.contains("id=\"rules-error\">Le groupe doit s’engager sur chaque règle de la charte.");
		assertThat(groupAdmin.post("/e/" + keyword + "/apply?group=" + slug, "rule", "0", "rule", "1", "rule", "2"))
			.hasRedirectedUrl("/g/" + slug);
		assertThat(groupAdmin.get("/g/" + slug)).bodyText().contains("Demande envoyée").contains("demande en attente");
		assertThat(anyone.get("/e/" + keyword)).bodyText().doesNotContain("Candidat " + slug);

		var steward = members.admin("10.95.0.3");
		assertThat(members.mailsTo(steward)).as("an ecosystem without stewards: its applications go to the platform admins")
			.last().asString().startsWith("Le groupe Candidat " + slug + " demande à rejoindre l’écosystème Modéré " + keyword)
			.contains("/e/" + keyword + "/admissions");
		var queue = steward.get("/e/" + keyword + "/admissions");
		assertThat(queue).bodyText().contains("Candidat " + slug).contains("Le groupe partage publiquement ses productions");
		assertThat(steward.post("/e/" + keyword + "/admissions/" + groupId(slug) + "/accept"))
			.hasRedirectedUrl("/e/" + keyword + "/admissions");

		assertThat(anyone.get("/e/" + keyword)).bodyText().contains("Candidat " + slug);
		assertThat(members.mailsTo(groupAdmin)).last().asString()
			.startsWith("Candidat " + slug + " fait maintenant partie de l’écosystème Modéré " + keyword)
			.contains("/g/" + slug);
		assertThat(anyone.get("/api/v1/ecosystems/" + keyword + "/groups")).bodyText().contains(slug);
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("href=\"/e/" + keyword + "\">Modéré " + keyword);
		assertThat(steward.post("/e/" + keyword + "/admissions/" + groupId(slug) + "/refuse", "reason", "trop tard"))
			.as("decided once").hasRedirectedUrl("/e/" + keyword + "/admissions");
		assertThat(anyone.get("/e/" + keyword)).bodyText().contains("Candidat " + slug);
		assertThat(members.mailsTo(groupAdmin)).as("one decision, one mail").filteredOn(mail -> mail.contains("écosystème"))
			.hasSize(1);
	}

	@Test
	void aRefusalNeedsAReasonWhichTheGroupSeesAndTheGroupMayApplyAgain() {
		String keyword = moderatedEcosystem();
		var groupAdmin = members.member("Awa", "10.95.1.1");
		String slug = groupWithKeyword(groupAdmin, keyword);
		groupAdmin.post("/e/" + keyword + "/apply?group=" + slug, "rule", "0", "rule", "1", "rule", "2");
		var steward = members.admin("10.95.1.2");

		assertThat(steward.post("/e/" + keyword + "/admissions/" + groupId(slug) + "/refuse", "reason", " ")).bodyText()
			.contains("Indiquez la raison du refus.");
		steward.post("/e/" + keyword + "/admissions/" + groupId(slug) + "/refuse", "reason", "Le groupe demande une adhésion payante.");
		assertThat(members.mailsTo(groupAdmin)).last().asString()
			.startsWith("Demande de Candidat " + slug + " à l’écosystème Modéré " + keyword + " : refusée")
			.contains("Le groupe demande une adhésion payante.");

		assertThat(groupAdmin.get("/g/" + slug)).bodyText().contains("refusé").contains("Le groupe demande une adhésion payante.")
			.contains("Demander l’admission");
		assertThat(groupAdmin.post("/e/" + keyword + "/apply?group=" + slug, "rule", "0", "rule", "1", "rule", "2"))
			.hasRedirectedUrl("/g/" + slug);
		assertThat(steward.get("/e/" + keyword + "/admissions")).bodyText().contains("Candidat " + slug);
	}

	@Test
	void theStewardsAreToldOfAnApplicationInTheirOwnLanguage() {
		String keyword = moderatedEcosystem();
		var steward = members.member("Kofi", "10.95.3.1");
		long stewardId = jdbc.sql("select id from account where email = ?").param(steward.email()).query(Long.class).single();
		jdbc.sql("update account set locale = 'en' where id = ?").param(stewardId).update();
		access.grant(ecosystems.find(keyword).orElseThrow().id(), stewardId, EcosystemRole.STEWARD, Instant.now());
		var groupAdmin = members.member("Awa", "10.95.3.2");
		String slug = groupWithKeyword(groupAdmin, keyword);

		groupAdmin.post("/e/" + keyword + "/apply?group=" + slug, "rule", "0", "rule", "1", "rule", "2");

		assertThat(members.mailsTo(steward)).last().asString()
			.startsWith("The group Candidat " + slug + " asks to join the ecosystem Modéré " + keyword)
			.contains("/e/" + keyword + "/admissions");
		assertThat(steward.post("/e/" + keyword + "/admissions/" + groupId(slug) + "/accept"))
			.hasRedirectedUrl("/e/" + keyword + "/admissions");
		assertThat(members.mailsTo(groupAdmin)).last().asString().startsWith("Candidat " + slug + " fait maintenant partie");
	}

	@Test
	void onlyTheGroupsAdminsApplyAndOnlyStewardsDecide() {
		String keyword = moderatedEcosystem();
		var groupAdmin = members.member("Awa", "10.95.2.1");
		String slug = groupWithKeyword(groupAdmin, keyword);
		var stranger = members.member("Bob", "10.95.2.2");

		assertThat(stranger.get("/e/" + keyword + "/apply?group=" + slug)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(stranger.post("/e/" + keyword + "/apply?group=" + slug, "rule", "0", "rule", "1", "rule", "2"))
			.hasStatus(HttpStatus.FORBIDDEN);
		groupAdmin.post("/e/" + keyword + "/apply?group=" + slug, "rule", "0", "rule", "1", "rule", "2");
		assertThat(groupAdmin.get("/e/" + keyword + "/admissions")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(groupAdmin.post("/e/" + keyword + "/admissions/" + groupId(slug) + "/accept")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(new Visitor(mvc, "10.95.2.3").get("/e/" + keyword + "/admissions")).hasRedirectedUrl("/login");

		String open = "open" + UUID.randomUUID().toString().substring(0, 6);
		ecosystems.insert(new Ecosystem(0, open, "Ouvert", null, Ecosystem.COOP_GROUP_CHARTER, null, false, Instant.now()));
		assertThat(groupAdmin.get("/e/" + open + "/apply?group=" + slug)).as("no admission in an open ecosystem")
			.hasStatus(HttpStatus.NOT_FOUND);
	}
}
