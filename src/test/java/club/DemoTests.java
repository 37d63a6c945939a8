package club;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.support.TestConfiguration;
import club.support.Visitor;

/**
 * What a newcomer sees after `./mvnw spring-boot:run`: the demo loaded on a fresh embedded
 * database (its own, whatever the suite's database), with Cyou1's meetings, news, discussion,
 * wiki, resources and production, and projects, and the Fablabs' late workshop, as the README promises.
 */
@SpringBootTest(properties = { "club.demo=true",
		"spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestConfiguration.class)
class DemoTests {

	static final String CAMILLE = "camille@demo.club.localhost";

	@Autowired
	MockMvcTester mvc;

	@Test
	void theDemoShowsAGroupAliveInEveryPartOfItsLife() {
		var visitor = new Visitor(mvc, "10.250.0.1");
		assertThat(visitor.get("/g/cyou1")).hasStatusOk().bodyText().contains("Cyou1").contains("/g/cyou1/wiki")
			.contains("/g/cyou1/news");
		assertThat(visitor.get("/g/cyou1/wiki/rencontres")).bodyText().contains("Rencontre d’octobre")
			.contains("Exolife cherche des volontaires").contains("/messages/");
		assertThat(visitor.get("/g/cyou1/wiki/exolife/history")).bodyText().contains("/g/cyou1/wiki/exolife?revision=4\">4</a>");
		assertThat(visitor.get("/g/cyou1/resources")).bodyText().contains("Exolife — guide de l’exposition").contains("production");
		assertThat(visitor.get("/e/coop-group")).bodyText().contains("Exolife — guide de l’exposition");
		assertThat(visitor.get("/g/fablabs/meetings")).bodyText().contains("En retard : attendue");

		var camille = new Visitor(mvc, "10.250.0.2");
		camille.logIn(CAMILLE, "club-demo-2026");
		assertThat(camille.get("/g/cyou1/discussion")).bodyText().contains("Bienvenue aux nouveaux membres")
			.contains("Kits de robotique");
		assertThat(camille.get("/g/cyou1/projects/board")).hasStatusOk().bodyText().contains("Exolife");

		// Moussa helps the coop-group ecosystem: its groups in every state of their vitality.
		var moussa = new Visitor(mvc, "10.250.0.3");
		moussa.logIn("moussa@demo.club.localhost", "club-demo-2026");
		assertThat(moussa.get("/e/coop-group/vitality")).hasStatusOk().bodyText().contains("À jour").contains("À prévoir").contains("En retard")
			.contains("Relancé").contains("Relance élargie").contains("On s’en occupe").contains("En veille").contains("Refonte du site en cours")
			.contains("En pause : Pause estivale");
	}
}
