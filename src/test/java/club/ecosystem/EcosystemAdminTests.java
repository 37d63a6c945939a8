package club.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.support.ClubTest;
import club.support.TestMembers;
import club.support.Visitor;

@ClubTest
class EcosystemAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aPlatformAdminCreatesAnEcosystemWhoseKeywordGathersTheGroups() {
		var admin = members.admin("10.80.0.1");
		String keyword = "Énergie " + UUID.randomUUID().toString().substring(0, 5);
		String normalized = keyword.toLowerCase();

		var created = admin.post("/ecosystems", "keyword", "  " + keyword + " ", "name", "Énergies citoyennes", "description",
				"Les **énergies** partagées.", "charter", "1. Ouvert à tous.", "embedOrigins",
				"https://www.cap-sciences.net\nhttp://localhost:8080/");
		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/e/");

		admin.post("/groups", "name", "Coop d’énergie", "tagline", "Une ligne", "type", "THEMATIC", "slug",
				"en-" + UUID.randomUUID().toString().substring(0, 6), "activity", "ACTIVE", "keywords", normalized);
		String address = java.net.URLDecoder.decode(created.getResponse().getRedirectedUrl(),
				java.nio.charset.StandardCharsets.UTF_8);
		var page = new Visitor(mvc, "10.80.0.2").get(address);
		assertThat(page).hasStatusOk().bodyText().contains("Énergies citoyennes", "Coop d’énergie", "Ouvert à tous.");
		var embed = new Visitor(mvc, "10.80.0.2").get(address + "/embed");
		assertThat(embed.getResponse().getHeader("Content-Security-Policy"))
			.endsWith("frame-ancestors https://www.cap-sciences.net http://localhost:8080");

		assertThat(admin.post("/ecosystems", "keyword", keyword.toUpperCase(), "name", "Doublon", "charter", "x")).bodyText()
			.contains("Un écosystème porte déjà ce mot-clé.");
	}

	@Test
	void badInputIsRefusedNextToItsFieldAndNothingReachesTheHeader() {
		var admin = members.admin("10.80.1.1");
		for (String origins : new String[] { "https://a.org; script-src *", "https://a.org/path", "javascript:alert(1)",
				"https://a.org\r\nSet-Cookie: x=1", "*" }) {
			var result = admin.post("/ecosystems", "keyword", "k" + UUID.randomUUID().toString().substring(0, 6), "name", "X",
					"charter", "x", "embedOrigins", origins);
			assertThat(result).as(origins).hasStatusOk();
			assertThat(result).bodyText().contains("id=\"embedOrigins-error\">Chaque ligne doit être l’adresse d’un site");
		}
		assertThat(admin.post("/ecosystems", "keyword", "a, b", "name", "", "charter", "")).bodyText()
			.contains("id=\"keyword-error\">Un seul mot-clé")
			.contains("id=\"name-error\">Indiquez le nom de l’écosystème.")
			.contains("id=\"charter-error\">Indiquez la charte de l’écosystème.");
	}

	@Test
	void membersDoNotCreateEcosystemsAndOnlyStewardsAndAdminsEditThem() {
		var member = members.member("M", "10.80.2.1");
		assertThat(member.get("/ecosystems/new")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(member.post("/ecosystems", "keyword", "x", "name", "X", "charter", "x")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(new Visitor(mvc, "10.80.2.2").get("/ecosystems/new")).hasRedirectedUrl("/login");

		var admin = members.admin("10.80.2.3");
		String keyword = "st" + UUID.randomUUID().toString().substring(0, 6);
		admin.post("/ecosystems", "keyword", keyword, "name", "Premier nom", "charter", "x");
		assertThat(member.get("/e/" + keyword + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(member.post("/e/" + keyword + "/edit", "keyword", keyword, "name", "Pris", "charter", "x"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(new Visitor(mvc, "10.80.2.4").get("/e/" + keyword)).bodyText().doesNotContain("Modifier l’écosystème");

		assertThat(admin.get("/e/" + keyword)).bodyText().contains("Modifier l’écosystème");
		assertThat(admin.post("/e/" + keyword + "/edit", "keyword", "ignored", "name", "Nouveau nom", "charter", "y"))
			.hasRedirectedUrl("/e/" + keyword);
		assertThat(new Visitor(mvc, "10.80.2.4").get("/e/" + keyword)).bodyText().contains("Nouveau nom")
			.doesNotContain("Premier nom");
	}

	@Test
	void aStewardGivesTheEcosystemALogoFittedWholeAndShownEverywhere() throws Exception {
		var admin = members.admin("10.80.3.1");
		String keyword = "lg" + UUID.randomUUID().toString().substring(0, 6);
		admin.post("/ecosystems", "keyword", keyword, "name", "Avec logo", "charter", "x");

		var wide = new java.io.ByteArrayOutputStream();
		var picture = new java.awt.image.BufferedImage(400, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var g = picture.createGraphics();
		g.setColor(java.awt.Color.BLUE);
		g.fillRect(0, 0, 400, 100);
		g.dispose();
		javax.imageio.ImageIO.write(picture, "png", wide);
		assertThat(admin.upload("/e/" + keyword + "/logo", new org.springframework.mock.web.MockMultipartFile("logo", "l.png",
				"image/png", wide.toByteArray()))).hasRedirectedUrl("/e/" + keyword + "/edit");
		assertThat(admin.get("/e/" + keyword + "/edit")).bodyText().contains("Logo enregistré.");

		String page = new Visitor(mvc, "10.80.3.2").get("/e/" + keyword).getResponse().getContentAsString();
		var address = java.util.regex.Pattern.compile("/e/" + keyword + "/logo.jpg\\?v=\\d+").matcher(page);
		assertThat(address.find()).isTrue();
		assertThat(new Visitor(mvc, "10.80.3.2").get("/e/" + keyword + "/embed")).bodyText().contains("/logo.jpg?v=");
		var logo = new Visitor(mvc, "10.80.3.2").get(address.group());
		assertThat(logo).hasStatusOk().hasContentType("image/jpeg");
		var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(logo.getResponse().getContentAsByteArray()));
		assertThat(image.getWidth()).isEqualTo(256);
		assertThat(new java.awt.Color(image.getRGB(128, 128)).getBlue()).as("the picture in the middle").isGreaterThan(200);
		assertThat(new java.awt.Color(image.getRGB(128, 5)).getRed()).as("white above: fitted whole, not cropped")
			.isGreaterThan(200);

		var member = members.member("M", "10.80.3.3");
		assertThat(member.upload("/e/" + keyword + "/logo", new org.springframework.mock.web.MockMultipartFile("logo", "l.png",
				"image/png", wide.toByteArray()))).hasStatus(HttpStatus.FORBIDDEN);
		admin.upload("/e/" + keyword + "/logo", new org.springframework.mock.web.MockMultipartFile("logo", "l.svg",
				"image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()));
		assertThat(admin.get("/e/" + keyword + "/edit")).bodyText().contains("id=\"logo-error\">Ce fichier n’est pas une image");
		assertThat(admin.post("/e/" + keyword + "/logo/delete")).hasRedirectedUrl("/e/" + keyword + "/edit");
		assertThat(new Visitor(mvc, "10.80.3.2").get("/e/" + keyword + "/logo.jpg")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void stewardsNameOtherStewardsAndHelpersByTheAddressOfTheirAccount() {
		var admin = members.admin("10.80.3.1");
		String keyword = "roles" + UUID.randomUUID().toString().substring(0, 6);
		admin.post("/ecosystems", "keyword", keyword, "name", "Rôles " + keyword, "charter", "Règle");
		var kofi = members.member("Kofi", "10.80.3.2");
		var lina = members.member("Lina", "10.80.3.3");
		assertThat(kofi.get("/e/" + keyword + "/edit")).hasStatus(HttpStatus.FORBIDDEN);

		admin.post("/e/" + keyword + "/roles", "email", "personne@example.org", "role", "STEWARD");
		assertThat(admin.get("/e/" + keyword + "/edit")).bodyText().contains("Aucun compte n’a cette adresse.");
		admin.post("/e/" + keyword + "/roles", "email", kofi.email(), "role", "STEWARD");
		assertThat(kofi.get("/e/" + keyword + "/edit")).as("a steward now").hasStatusOk().bodyText().contains("Kofi — Intendant·e");
		kofi.post("/e/" + keyword + "/roles", "email", lina.email(), "role", "HELPER");
		assertThat(kofi.get("/e/" + keyword + "/edit")).bodyText().contains("Lina — Aide");
		assertThat(lina.get("/e/" + keyword + "/edit")).as("a helper does not edit").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(lina.post("/e/" + keyword + "/roles", "email", lina.email(), "role", "STEWARD")).hasStatus(HttpStatus.FORBIDDEN);

		String kofiId = jdbc.sql("select id from account where email = ?").param(kofi.email()).query(String.class).single();
		admin.post("/e/" + keyword + "/roles/remove", "account", kofiId, "role", "STEWARD");
		assertThat(kofi.get("/e/" + keyword + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
	}
}
