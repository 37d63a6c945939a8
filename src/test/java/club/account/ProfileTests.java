package club.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.platform.images.ImageUploads;
import club.support.ClubTest;
import club.support.Visitor;

@ClubTest
@Import(AccountTestSupport.class)
class ProfileTests {

	/** The smallest lossless WebP: one pixel. */
	static final String ONE_PIXEL_WEBP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountTestSupport support;

	@Autowired
	JdbcClient jdbc;

	Visitor signedIn(String email, String ip) {
		var visitor = new Visitor(mvc, ip);
		assertThat(visitor.logIn(email, AccountTestSupport.PASSWORD)).hasRedirectedUrl("/profile");
		return visitor;
	}

	@Test
	void theProfileNeedsASignedInPerson() {
		assertThat(new Visitor(mvc, "10.6.0.1").get("/profile")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login");
	}

	@Test
	void editingTheProfileNormalizesInterestsAndRendersTheBioAsSafeMarkdown() throws Exception {
		String email = support.verifiedAccount(Locale.FRENCH);
		var me = signedIn(email, "10.6.1.1");

		var saved = me.post("/profile", "displayName", "Awa Traoré", "bio",
				"Je **fabrique** des choses. <script>alert(1)</script> [lien](javascript:alert(2))", "city", "Bamako",
				"region", "Mali", "interests", " Énergie, fablab ,énergie; Santé  publique", "language", "fr");
		assertThat(saved).hasStatus(HttpStatus.FOUND);

		String page = me.get("/profile").getResponse().getContentAsString();
		assertThat(page).contains("Awa Traoré").contains("<li>énergie</li>", "<li>fablab</li>", "<li>santé publique</li>");
		String bio = page.substring(page.indexOf("<div class=\"bio\">"), page.indexOf("</div>", page.indexOf("<div class=\"bio\">")));
		assertThat(bio).contains("<strong>fabrique</strong>")
			.contains("&lt;script&gt;")
			.doesNotContain("<script")
			.doesNotContain("javascript:");
		assertThat(jdbc.sql("select count(*) from account_interest i join account a on a.id = i.account_id "
				+ "where a.email_normalized = ?").param(email).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void profileErrorsAreShownNextToTheirFieldsAndNothingIsSaved() {
		String email = support.verifiedAccount(Locale.FRENCH);
		var me = signedIn(email, "10.6.2.1");

		var result = me.post("/profile", "displayName", "", "bio", "x".repeat(1001), "city", "", "region", "",
				"interests", "a".repeat(41), "language", "de");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"displayName-error\"")
			.contains("id=\"bio-error\">La présentation ne peut pas dépasser 1 000 caractères.")
			.contains("Chaque mot-clé doit faire 40 caractères au plus.")
			.contains("Choisissez le français ou l’anglais.");
		assertThat(jdbc.sql("select display_name from account where email_normalized = ?").param(email)
			.query(String.class).single()).startsWith("Personne");
	}

	@Test
	void choosingEnglishSwitchesThePagesAndTheMails() {
		String email = support.verifiedAccount(Locale.FRENCH);
		var me = signedIn(email, "10.6.3.1");
		me.post("/profile", "displayName", "Sam", "interests", "", "language", "en");

		assertThat(me.get("/profile")).bodyText().contains("<h1>My profile</h1>");
		me.post("/profile/password", "currentPassword", AccountTestSupport.PASSWORD, "newPassword", "a brand new secret");
		assertThat(support.lastSubjectTo(email)).isEqualTo("Your password has been changed");
	}

	@Test
	void jpegPngAndWebpAvatarsAreReencodedAsSquareJpegs() throws IOException {
		String email = support.verifiedAccount(Locale.FRENCH);
		var me = signedIn(email, "10.6.4.1");

		for (var upload : new MockMultipartFile[] { image("png", 640, 480), image("jpeg", 300, 900),
				new MockMultipartFile("avatar", "a.webp", "image/webp", Base64.getDecoder().decode(ONE_PIXEL_WEBP)) }) {
			assertThat(me.upload("/profile/avatar", upload)).hasStatus(HttpStatus.FOUND);
			var served = me.get("/profile/avatar");
			assertThat(served).hasStatusOk().hasContentType("image/jpeg");
			BufferedImage avatar = ImageIO.read(new ByteArrayInputStream(served.getResponse().getContentAsByteArray()));
			assertThat(avatar.getWidth()).as(upload.getOriginalFilename()).isEqualTo(ImageUploads.Frame.AVATAR.width);
			assertThat(avatar.getHeight()).isEqualTo(ImageUploads.Frame.AVATAR.width);
		}
		assertThat(me.post("/profile/avatar/delete")).hasStatus(HttpStatus.FOUND);
		assertThat(me.get("/profile/avatar")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void svgFakeImagesGifsHugeImagesAndBigFilesAreRefusedWithAClearMessage() throws IOException {
		String email = support.verifiedAccount(Locale.FRENCH);
		var me = signedIn(email, "10.6.5.1");
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"9\" height=\"9\"/></svg>"
			.getBytes(StandardCharsets.UTF_8);

		assertRefused(me, new MockMultipartFile("avatar", "a.svg", "image/svg+xml", svg), "n’est pas une image");
		assertRefused(me, new MockMultipartFile("avatar", "a.png", "image/png", svg), "n’est pas une image");
		assertRefused(me, new MockMultipartFile("avatar", "a.png", "image/png", "pas une image".getBytes()),
				"n’est pas une image");
		assertRefused(me, image("gif", 10, 10), "n’est pas une image");
		assertRefused(me, image("png", 10_001, 1), "trop grande");
		assertRefused(me, image("png", 7_000, 7_000), "trop grande");
		assertRefused(me, new MockMultipartFile("avatar", "a.jpg", "image/jpeg", new byte[ImageUploads.Frame.AVATAR.maxBytes + 1]),
				"dépasse 2 Mo");
		assertRefused(me, new MockMultipartFile("avatar", "a.jpg", "image/jpeg", new byte[0]), "Choisissez un fichier");
		assertThat(me.get("/profile/avatar")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
		String email = support.verifiedAccount(Locale.FRENCH);
		var me = signedIn(email, "10.6.6.1");
		var otherDevice = signedIn(email, "10.6.6.2");

		assertThat(me.post("/profile/password", "currentPassword", "pas le bon", "newPassword", "un secret tout neuf"))
			.bodyText().contains("Ce n’est pas votre mot de passe actuel.");
		assertThat(otherDevice.get("/profile")).hasStatusOk();

		String sessionBefore = me.cookie("SESSION").getValue();
		assertThat(me.post("/profile/password", "currentPassword", AccountTestSupport.PASSWORD, "newPassword",
				"un secret tout neuf")).hasRedirectedUrl("/profile");

		assertThat(me.get("/profile")).hasStatusOk();
		assertThat(me.cookie("SESSION").getValue()).isNotEqualTo(sessionBefore);
		assertThat(otherDevice.get("/profile")).hasRedirectedUrl("/login");
	}

	@Test
	void downloadMyDataGivesTheProfileAndTheMailsAsJson() {
		String email = support.verifiedAccount(Locale.FRENCH);
		var me = signedIn(email, "10.6.7.1");
		me.post("/profile", "displayName", "Zoé", "city", "Dakar", "interests", "cartographie", "language", "fr");

		var export = me.get("/profile/export");

		assertThat(export).hasStatusOk().hasContentType("application/json");
		assertThat(export.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(export).bodyJson().extractingPath("$.account.email").isEqualTo(email);
		assertThat(export).bodyJson().extractingPath("$.account.city").isEqualTo("Dakar");
		assertThat(export).bodyJson().extractingPath("$.account.interests[0]").isEqualTo("cartographie");
		assertThat(export).bodyJson().extractingPath("$.mails.sent[0].subject").isEqualTo("Confirmez votre adresse e-mail");
		assertThat(export).bodyText().doesNotContain("password_hash").doesNotContain("$argon2");
	}

	@Test
	void deletingTheAccountNeedsThePasswordAndAConfirmationThenErasesEverything() {
		String email = support.verifiedAccount(Locale.FRENCH);
		var me = signedIn(email, "10.6.8.1");
		var otherDevice = signedIn(email, "10.6.8.2");

		assertThat(me.post("/profile/delete", "password", "pas le bon", "confirm", "true")).bodyText()
			.contains("Ce n’est pas votre mot de passe actuel.");
		assertThat(me.post("/profile/delete", "password", AccountTestSupport.PASSWORD)).bodyText()
			.contains("Cochez la case pour confirmer la suppression.");
		assertThat(support.accountCount(email)).isEqualTo(1);

		assertThat(me.post("/profile/delete", "password", AccountTestSupport.PASSWORD, "confirm", "true"))
			.hasRedirectedUrl("/");

		assertThat(support.accountCount(email)).isZero();
		assertThat(support.mailCount(email)).isZero();
		assertThat(me.get("/profile")).hasRedirectedUrl("/login");
		assertThat(otherDevice.get("/profile")).hasRedirectedUrl("/login");
		assertThat(new Visitor(mvc, "10.6.8.3").logIn(email, AccountTestSupport.PASSWORD)).hasRedirectedUrl("/login?error");
	}

	private static void assertRefused(Visitor me, MockMultipartFile file, String message) {
		var result = me.upload("/profile/avatar", file);
		assertThat(result).as(file.getOriginalFilename()).hasStatus(HttpStatus.FOUND);
		assertThat(me.get("/profile")).as(file.getOriginalFilename()).bodyText().contains(message);
	}

	private static MockMultipartFile image(String format, int width, int height) throws IOException {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return new MockMultipartFile("avatar", "a." + format, "image/" + format, out.toByteArray());
	}
}
