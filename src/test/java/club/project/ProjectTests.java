package club.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.access.Access;
import club.access.GroupRole;
import club.activity.ActivityEvent;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.GroupDirectory;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;
import club.support.Xss;

/** Projects: creating, editing, updating, following, the tracking board, asking for news, who may do what, personal data. */
@ClubTest
class ProjectTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	GroupDirectory directory;

	@Autowired
	Access access;

	@Autowired
	ActivityLog activity;

	@Autowired
	JdbcClient jdbc;

	/** A group its admin creates; its slug. */
	static String group(Visitor admin) {
		String slug = "pj-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/groups", "name", "Groupe " + slug, "tagline", "Des curieux qui partagent", "type", "THEMATIC", "slug", slug, "activity",
				"ACTIVE");
		return slug;
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	long groupId(String slug) {
		return directory.find(slug).orElseThrow().id();
	}

	Visitor memberOf(String slug, String name, String ip) {
		var member = members.member(name, ip);
		access.addMember(groupId(slug), members.accountId(member.email()), clock.instant());
		return member;
	}

	/** Creates a project; its id. */
	static long propose(Visitor carrier, String slug, String title, String... more) {
		String[] params = new String[4 + more.length];
		params[0] = "title";
		params[1] = title;
		params[2] = "description";
		params[3] = "Un projet **ouvert**.";
		System.arraycopy(more, 0, params, 4, more.length);
		var created = carrier.post("/g/" + slug + "/projects", params);
		assertThat(created).hasStatus(HttpStatus.FOUND);
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
	}

	Project project(long id) {
		return jdbc.sql("select * from project where id = ?").param(id).query((rs, row) -> new Project(rs.getLong("id"), rs.getLong("group_id"),
				rs.getString("title"), rs.getString("description"), ProjectState.valueOf(rs.getString("state")), rs.getString("needs"),
				rs.getString("next_step"), rs.getObject("next_step_owner_id", Long.class), null, rs.getTimestamp("last_update_at").toInstant(),
				rs.getTimestamp("created_at").toInstant(), rs.getObject("graduated_group_id", Long.class))).single();
	}

	long events(String slug, ActivityKind kind, long projectId) {
		return activity.since(groupId(slug), Instant.EPOCH).stream().filter(event -> event.kind() == kind)
			.map(ActivityEvent::subjectId).filter(subject -> subject != null && subject == projectId).count();
	}

	@Test
	void aMemberProposesAProjectAndBecomesItsCarrierWhichEveryoneCanRead() {
		var admin = members.member("Awa", "10.150.1.1");
		String slug = group(admin);
		var camille = memberOf(slug, "Camille", "10.150.1.2");
		long id = propose(camille, slug, "Exolife", "needs", "un graphiste");

		assertThat(jdbc.sql("select account_id from project_carrier where project_id = ?").param(id).query(Long.class).single())
			.isEqualTo(members.accountId(camille.email()));
		assertThat(project(id).state()).isEqualTo(ProjectState.IDEA);
		var anyone = new Visitor(mvc, "10.150.1.9");
		assertThat(anyone.get("/projects/" + id)).hasStatusOk().bodyText().contains("Exolife").contains("Camille").contains("un graphiste")
			.contains("Idée");
		assertThat(body(anyone.get("/projects/" + id))).contains("<strong>ouvert</strong>");
		assertThat(anyone.get("/g/" + slug + "/projects")).hasStatusOk().bodyText().contains("Exolife");
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("Projets");
	}

	@Test
	void invalidFieldsAreShownNextToThemInFrenchAndEnglish() {
		var admin = members.member("Awa", "10.150.2.1");
		String slug = group(admin);
		var refused = admin.post("/g/" + slug + "/projects", "title", "t".repeat(ProjectForm.MAX_TITLE + 1), "needs", "n".repeat(ProjectForm.MAX_NEEDS + 1));
		assertThat(refused).hasStatusOk().bodyText().contains("id=\"title-error\"").contains("Indiquez le titre du projet (120 caractères au plus).")
			.contains("id=\"needs-error\"");
		admin.get("/g/" + slug + "/projects/new?lang=en");
		assertThat(admin.post("/g/" + slug + "/projects", "title", "")).bodyText().contains("Give the project’s title (120 characters at most).");
		assertThat(jdbc.sql("select count(*) from project where group_id = ?").param(groupId(slug)).query(Long.class).single()).isZero();

		long id = propose(admin, slug, "Exolife");
		var badUpdate = admin.post("/projects/" + id + "/updates", "state", "GRADUATED", "owner", "999999", "due", "demain");
		assertThat(badUpdate).hasStatusOk().bodyText().contains("Choose a state from the list.").contains("Choose a member of the group from the list.")
			.contains("Give a valid due date, or none.");
	}

	@Test
	void carriersAndFacilitatorsWriteUpdatesOthersAreRefused() {
		var admin = members.member("Awa", "10.150.3.1");
		String slug = group(admin);
		var camille = memberOf(slug, "Camille", "10.150.3.2");
		var moussa = memberOf(slug, "Moussa", "10.150.3.3");
		var facilitator = memberOf(slug, "Fatou", "10.150.3.4");
		access.grant(groupId(slug), members.accountId(facilitator.email()), GroupRole.FACILITATOR, clock.instant());
		var anonymous = new Visitor(mvc, "10.150.3.9");
		long id = propose(camille, slug, "Exolife");

		String due = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(10).toString();
		assertThat(camille.post("/projects/" + id + "/updates", "text", "Premier prototype", "state", "ACTIVE", "nextStep", "Tester en classe",
				"owner", Long.toString(members.accountId(moussa.email())), "due", due)).hasStatus(HttpStatus.FOUND);
		Project updated = project(id);
		assertThat(updated.state()).isEqualTo(ProjectState.ACTIVE);
		assertThat(updated.nextStep()).isEqualTo("Tester en classe");
		assertThat(updated.nextStepOwnerId()).isEqualTo(members.accountId(moussa.email()));
		assertThat(events(slug, ActivityKind.PROJECT_STATE_CHANGED, id)).isEqualTo(1);
		assertThat(events(slug, ActivityKind.PROJECT_UPDATED, id)).isEqualTo(1);
		assertThat(camille.get("/projects/" + id)).bodyText().contains("Premier prototype").contains("changement d’état : En cours");

		assertThat(facilitator.post("/projects/" + id + "/updates", "text", "Vu en réunion", "state", "ACTIVE")).hasStatus(HttpStatus.FOUND);
		assertThat(facilitator.post("/projects/" + id + "/edit", "title", "Exolife 2")).hasStatus(HttpStatus.FOUND);
		assertThat(project(id).title()).isEqualTo("Exolife 2");

		assertThat(moussa.post("/projects/" + id + "/updates", "text", "Pas porteur", "state", "DONE")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(moussa.get("/projects/" + id + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(moussa.post("/projects/" + id + "/review")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(anonymous.post("/projects/" + id + "/updates", "text", "Anonyme", "state", "DONE")).hasRedirectedUrl("/login");
		assertThat(anonymous.post("/g/" + slug + "/projects", "title", "Anonyme")).hasRedirectedUrl("/login");
		assertThat(anonymous.get("/g/" + slug + "/projects/board")).hasRedirectedUrl("/login");
		assertThat(members.member("Zoé", "10.150.3.8").post("/g/" + slug + "/projects", "title", "Extérieur")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(project(id).state()).isEqualTo(ProjectState.ACTIVE);
	}

	@Test
	void membersFollowAndUnfollow() {
		var admin = members.member("Awa", "10.150.4.1");
		String slug = group(admin);
		var moussa = memberOf(slug, "Moussa", "10.150.4.2");
		long id = propose(admin, slug, "Hologrammes");
		moussa.post("/projects/" + id + "/follow", "following", "true");
		assertThat(moussa.get("/projects/" + id)).bodyText().contains("Ne plus suivre ce projet").containsPattern("Suivi par</dt>\\s*<dd>Moussa");
		moussa.post("/projects/" + id + "/follow", "following", "false");
		assertThat(moussa.get("/projects/" + id)).bodyText().contains("Suivre ce projet").contains("Personne pour l’instant.");
	}

	@Test
	void theBoardShowsOverdueRowsAndReviewingMovesTheLastUpdate() {
		var admin = members.member("Awa", "10.150.5.1");
		String slug = group(admin);
		var camille = memberOf(slug, "Camille", "10.150.5.2");
		long id = propose(camille, slug, "Exolife");
		String yesterday = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).minusDays(1).toString();
		camille.post("/projects/" + id + "/updates", "state", "ACTIVE", "nextStep", "Écrire le dossier", "due", yesterday);
		long done = propose(camille, slug, "Fini");
		camille.post("/projects/" + done + "/updates", "state", "DONE");

		assertThat(camille.get("/g/" + slug + "/projects/board")).hasStatusOk().bodyText().contains("Exolife").contains("Écrire le dossier")
			.contains("En retard").contains("aujourd’hui").doesNotContain("Fini").doesNotContain("Revu, rien de nouveau");

		clock.advance(Duration.ofDays(3));
		assertThat(admin.get("/g/" + slug + "/projects/board")).bodyText().contains("il y a 3 jours").contains("Revu, rien de nouveau");
		Instant before = project(id).lastUpdateAt();
		assertThat(admin.post("/projects/" + id + "/review")).hasRedirectedUrl("/g/" + slug + "/projects/board");
		assertThat(project(id).lastUpdateAt()).isAfter(before);
		assertThat(events(slug, ActivityKind.PROJECT_REVIEWED, id)).isEqualTo(1);
		assertThat(admin.get("/g/" + slug + "/projects/board")).bodyText().contains("aujourd’hui");
		assertThat(admin.get("/projects/" + id)).bodyText().contains("revu, rien de nouveau");
	}

	@Test
	void askingForNewsMailsTheCarriersOnceADay() {
		var admin = members.member("Awa", "10.150.6.1");
		String slug = group(admin);
		var camille = memberOf(slug, "Camille", "10.150.6.2");
		long id = propose(camille, slug, "Astronomie sensorielle");

		int before = members.mailsTo(camille).size();
		admin.post("/projects/" + id + "/ask");
		assertThat(members.mailsTo(camille)).hasSize(before + 1).last().asString().contains("Des nouvelles de « Astronomie sensorielle » ?")
			.contains("/projects/" + id + "#update");
		assertThat(admin.get("/g/" + slug + "/projects/board")).bodyText().contains("Les porteurs du projet ont reçu une demande de nouvelles.");
		assertThat(admin.post("/projects/" + id + "/ask")).hasRedirectedUrl("/g/" + slug + "/projects/board");
		assertThat(admin.get("/g/" + slug + "/projects/board")).bodyText().contains("Des nouvelles ont déjà été demandées pour ce projet aujourd’hui");
		assertThat(members.mailsTo(camille)).hasSize(before + 1);

		clock.advance(Duration.ofDays(1).plusMinutes(1));
		admin.post("/projects/" + id + "/ask");
		assertThat(members.mailsTo(camille)).hasSize(before + 2);
	}

	@Test
	void descriptionsAreSanitized() {
		var admin = members.member("Awa", "10.150.7.1");
		String slug = group(admin);
		for (String payload : Xss.payloads()) {
			var created = admin.post("/g/" + slug + "/projects", "title", payload.substring(0, Math.min(payload.length(), ProjectForm.MAX_TITLE)),
					"description", payload, "needs", payload);
			String path = created.getResponse().getRedirectedUrl();
			admin.post(path + "/updates", "text", payload, "state", "ACTIVE", "nextStep", payload.substring(0, Math.min(payload.length(), 300)));
			Xss.assertInert(body(admin.get(path)), path);
		}
		Xss.assertInert(body(admin.get("/g/" + slug + "/projects")), "/g/" + slug + "/projects");
		Xss.assertInert(body(admin.get("/g/" + slug + "/projects/board")), "/g/" + slug + "/projects/board");
	}

	@Test
	void aProjectGraduatesIntoAGroupWhoseAdminsAreItsCarriers() {
		var admin = members.member("Awa", "10.150.9.1");
		String slug = group(admin);
		var camille = memberOf(slug, "Camille", "10.150.9.2");
		var moussa = memberOf(slug, "Moussa", "10.150.9.3");
		long id = propose(camille, slug, "Exolife");
		moussa.post("/projects/" + id + "/follow", "following", "true");
		String home = "exo-" + UUID.randomUUID().toString().substring(0, 8);

		assertThat(camille.post("/projects/" + id + "/graduate", "name", "Exolife", "slug", home, "tagline", "La vie ailleurs"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(admin.post("/projects/" + id + "/graduate", "name", "Exolife", "slug", "Pas Valide", "tagline", "La vie ailleurs"))
			.hasStatusOk().bodyText().contains("id=\"slug-error\"");
		assertThat(admin.post("/projects/" + id + "/graduate", "name", "Exolife", "slug", home, "tagline", "La vie ailleurs"))
			.hasRedirectedUrl("/projects/" + id);

		long groupId = groupId(home);
		assertThat(access.roles(groupId, members.accountId(camille.email()))).contains(GroupRole.ADMIN);
		assertThat(project(id).state()).isEqualTo(ProjectState.GRADUATED);
		assertThat(project(id).graduatedGroupId()).isEqualTo(groupId);
		assertThat(events(slug, ActivityKind.PROJECT_STATE_CHANGED, id)).isEqualTo(1);
		assertThat(admin.get("/projects/" + id)).bodyText().contains("href=\"/g/" + home + "\"").contains("Devenu un groupe");
		assertThat(members.mailsTo(moussa)).last().asString().contains("« Exolife » devient un groupe").contains("Awa vous invite")
			.contains("/invitations/");
		assertThat(admin.get("/g/" + slug + "/projects/board")).bodyText().doesNotContain("Exolife");
		assertThat(admin.post("/projects/" + id + "/graduate", "name", "Encore", "slug", home + "-2", "tagline", "Deux fois"))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void aDeletedCarrierIsShownAsAFormerMemberAndTheirDataListsTheirProjects() {
		var admin = members.member("Awa", "10.150.8.1");
		String slug = group(admin);
		var moussa = memberOf(slug, "Moussa", "10.150.8.2");
		long id = propose(moussa, slug, "Tentatives");
		moussa.post("/projects/" + id + "/updates", "text", "Deux essais ratés", "state", "PAUSED");
		admin.post("/projects/" + id + "/carriers", "carrier", Long.toString(members.accountId(admin.email())));
		long tentatives = propose(admin, slug, "Autres tentatives");
		admin.post("/projects/" + tentatives + "/carriers", "carrier", Long.toString(members.accountId(moussa.email())));
		assertThat(admin.get("/projects/" + tentatives)).bodyText().contains("porteur ajouté : Moussa");
		var export = moussa.get("/profile/export");
		assertThat(export).bodyJson().extractingPath("$.projects.carried[0].project").isEqualTo("Tentatives");
		assertThat(export).bodyJson().extractingPath("$.projects.updates[0].text").isEqualTo("PAUSED");

		moussa.post("/profile/delete", "password", TestMembers.PASSWORD, "confirm", "true");
		var anyone = new Visitor(mvc, "10.150.8.9");
		assertThat(anyone.get("/projects/" + id)).hasStatusOk().bodyText().contains("Deux essais ratés")
			.containsPattern("Porté par</dt>\\s*<dd>(Ancien membre, Awa|Awa, Ancien membre)</dd>").doesNotContain("Moussa");
		assertThat(anyone.get("/projects/" + tentatives)).bodyText().contains("porteur ajouté : Ancien membre").doesNotContain("Moussa");
	}

	@Test
	void carriersAndFacilitatorsAddAndRemoveCarriersButNeverTheLastOne() {
		var admin = members.member("Awa", "10.150.10.1");
		String slug = group(admin);
		var camille = memberOf(slug, "Camille", "10.150.10.2");
		var moussa = memberOf(slug, "Moussa", "10.150.10.3");
		var zoe = memberOf(slug, "Zoé", "10.150.10.4");
		var fatou = memberOf(slug, "Fatou", "10.150.10.5");
		access.grant(groupId(slug), members.accountId(fatou.email()), GroupRole.FACILITATOR, clock.instant());
		long outsider = members.accountId(members.member("Léa", "10.150.10.6").email());
		long id = propose(camille, slug, "Exolife");
		String moussaId = Long.toString(members.accountId(moussa.email()));
		String camilleId = Long.toString(members.accountId(camille.email()));

		assertThat(camille.get("/projects/" + id)).bodyText().contains("Ajouter un porteur ou une porteuse").contains("Je ne le porte plus");
		assertThat(camille.post("/projects/" + id + "/carriers", "carrier", moussaId)).hasRedirectedUrl("/projects/" + id);
		assertThat(carriers(id)).containsExactly(members.accountId(camille.email()), members.accountId(moussa.email()));
		assertThat(members.mailsTo(moussa)).last().asString().contains("Vous portez « Exolife »")
			.contains("Camille vous compte désormais parmi les porteurs du projet « Exolife »").contains("/projects/" + id);
		assertThat(events(slug, ActivityKind.PROJECT_UPDATED, id)).isEqualTo(1);
		var page = camille.get("/projects/" + id);
		assertThat(page).bodyText().contains("La personne porte désormais le projet").containsPattern("Porté par</dt>\\s*<dd>Camille, Moussa")
			.contains("porteur ajouté : Moussa");
		assertThat(moussa.post("/projects/" + id + "/updates", "text", "Je m’y mets", "state", "ACTIVE")).hasStatus(HttpStatus.FOUND);

		var notAMember = camille.post("/projects/" + id + "/carriers", "carrier", Long.toString(outsider));
		assertThat(notAMember).hasStatusOk().bodyText().contains("id=\"carrier-error\"").contains("Choisissez un membre du groupe dans la liste.");
		assertThat(camille.post("/projects/" + id + "/carriers", "carrier", "pas un nombre")).hasStatusOk().bodyText()
			.contains("id=\"carrier-error\"");
		assertThat(camille.post("/projects/" + id + "/carriers", "carrier", moussaId)).hasStatusOk().bodyText()
			.contains("Cette personne porte déjà le projet.");
		camille.get("/projects/" + id + "?lang=en");
		assertThat(camille.post("/projects/" + id + "/carriers", "carrier", Long.toString(outsider))).bodyText()
			.contains("Choose a member of the group from the list.");
		camille.get("/projects/" + id + "?lang=fr");
		assertThat(zoe.post("/projects/" + id + "/carriers", "carrier", Long.toString(members.accountId(zoe.email()))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(zoe.post("/projects/" + id + "/carriers/remove", "account", camilleId)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(new Visitor(mvc, "10.150.10.9").post("/projects/" + id + "/carriers", "carrier", moussaId)).hasRedirectedUrl("/login");
		assertThat(carriers(id)).hasSize(2);

		assertThat(camille.post("/projects/" + id + "/carriers/remove", "account", moussaId)).hasRedirectedUrl("/projects/" + id);
		assertThat(camille.get("/projects/" + id)).bodyText().contains("La personne ne porte plus le projet : un courriel le lui dit.");
		assertThat(members.mailsTo(moussa)).last().asString().contains("Vous ne portez plus « Exolife »").contains("Camille ne vous compte plus");
		assertThat(moussa.post("/projects/" + id + "/updates", "text", "Encore moi", "state", "ACTIVE")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(camille.post("/projects/" + id + "/carriers/remove", "account", moussaId)).hasStatusOk().bodyText()
			.contains("Cette personne ne porte pas ce projet.");

		var last = camille.post("/projects/" + id + "/carriers/remove", "account", camilleId);
		assertThat(last).hasStatusOk().bodyText().contains("Un projet garde au moins un porteur membre du groupe");
		assertThat(carriers(id)).containsExactly(members.accountId(camille.email()));

		assertThat(fatou.post("/projects/" + id + "/carriers", "carrier", Long.toString(members.accountId(zoe.email()))))
			.hasRedirectedUrl("/projects/" + id);
		assertThat(members.mailsTo(zoe)).last().asString().contains("Fatou vous compte désormais parmi les porteurs");
		int camilleMails = members.mailsTo(camille).size();
		assertThat(camille.post("/projects/" + id + "/carriers/remove", "account", camilleId)).hasRedirectedUrl("/projects/" + id);
		assertThat(camille.get("/projects/" + id)).bodyText().contains("Vous ne portez plus ce projet.").contains("Je le porte aussi")
			.doesNotContain("Ajouter un porteur");
		assertThat(members.mailsTo(camille)).as("who leaves is not told by mail").hasSize(camilleMails);
		assertThat(carriers(id)).containsExactly(members.accountId(zoe.email()));
		assertThat(events(slug, ActivityKind.PROJECT_UPDATED, id)).isEqualTo(5);
		assertThat(camille.get("/projects/" + id)).bodyText().contains("Camille — ne porte plus le projet").contains("Camille — porteur retiré : Moussa")
			.contains("Fatou — porteur ajouté : Zoé");
		assertThat(admin.get("/g/" + slug + "/projects/board")).bodyText().containsPattern("Porté par\\s*Zoé</span>");
	}

	@Test
	void aMemberCarriesAProjectTooAndItsCarriersAreTold() {
		var admin = members.member("Awa", "10.150.11.1");
		String slug = group(admin);
		var camille = memberOf(slug, "Camille", "10.150.11.2");
		var moussa = memberOf(slug, "Moussa", "10.150.11.3");
		long id = propose(camille, slug, "Hologrammes");

		assertThat(moussa.get("/projects/" + id)).bodyText().contains("Je le porte aussi").doesNotContain("Ajouter un porteur");
		assertThat(moussa.post("/projects/" + id + "/carry")).hasRedirectedUrl("/projects/" + id);
		assertThat(carriers(id)).containsExactly(members.accountId(camille.email()), members.accountId(moussa.email()));
		assertThat(members.mailsTo(camille)).last().asString().contains("Moussa porte aussi « Hologrammes »");
		assertThat(moussa.get("/projects/" + id)).bodyText().contains("Vous portez ce projet vous aussi").doesNotContain("Je le porte aussi")
			.contains("Je ne le porte plus").contains("Moussa — porte aussi le projet");
		assertThat(moussa.post("/projects/" + id + "/carry")).hasRedirectedUrl("/projects/" + id);
		assertThat(moussa.get("/projects/" + id)).bodyText().contains("Vous portez déjà ce projet.");

		assertThat(members.member("Zoé", "10.150.11.4").post("/projects/" + id + "/carry")).hasStatus(HttpStatus.FORBIDDEN);
		var platformAdmin = members.admin("10.150.11.5");
		assertThat(platformAdmin.post("/projects/" + id + "/carry")).hasRedirectedUrl("/projects/" + id);
		assertThat(platformAdmin.get("/projects/" + id)).bodyText().contains("Seuls les membres du groupe portent ses projets.");
		assertThat(carriers(id)).hasSize(2);
	}

	@Test
	void aCarrierWhoLeftTheGroupNoLongerCarriesItButStaysNamed() {
		var admin = members.member("Awa", "10.150.12.1");
		String slug = group(admin);
		var camille = memberOf(slug, "Camille", "10.150.12.2");
		var moussa = memberOf(slug, "Moussa", "10.150.12.3");
		long id = propose(camille, slug, "Tentatives");
		camille.post("/projects/" + id + "/carriers", "carrier", Long.toString(members.accountId(moussa.email())));
		access.removeMember(groupId(slug), members.accountId(moussa.email()));

		assertThat(moussa.post("/projects/" + id + "/updates", "text", "Parti", "state", "ACTIVE")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(camille.post("/projects/" + id + "/carriers/remove", "account", Long.toString(members.accountId(camille.email()))))
			.hasStatusOk().bodyText().contains("Un projet garde au moins un porteur membre du groupe");
		int before = members.mailsTo(moussa).size();
		admin.post("/projects/" + id + "/ask");
		assertThat(members.mailsTo(moussa)).as("who left the group is not asked for news").hasSize(before);
		assertThat(members.mailsTo(camille)).last().asString().contains("Des nouvelles de « Tentatives » ?");
		assertThat(camille.get("/projects/" + id)).bodyText().containsPattern("Porté par</dt>\\s*<dd>Camille, Moussa");
		assertThat(camille.post("/projects/" + id + "/carriers/remove", "account", Long.toString(members.accountId(moussa.email()))))
			.hasRedirectedUrl("/projects/" + id);
		assertThat(carriers(id)).containsExactly(members.accountId(camille.email()));
	}

	List<Long> carriers(long projectId) {
		return jdbc.sql("select account_id from project_carrier where project_id = ? order by since, account_id").param(projectId).query(Long.class)
			.list();
	}
}
