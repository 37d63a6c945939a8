package club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import club.support.BrowserTest;
import club.support.Chromium;


/**
 * The sign-up journey in a real headless Chromium against the running server: sign up, read
 * the verification mail from the outbox, confirm the address, log in and see the profile. Needs
 * the Debian packages {@code chromium} and {@code chromium-driver}; without them the test fails,
 * it never skips.
 */
@BrowserTest
class BrowserSignupTests {

	static final Pattern VERIFY_LINK = Pattern.compile("https?://[^\\s/]+(/verify\\?token=[A-Za-z0-9_\\-]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final Chromium browser = new Chromium();

	WebDriver driver;
	WebDriverWait wait;

	@BeforeEach
	void useTheBrowser() {
		driver = browser.driver();
		wait = browser.waiting();
	}

	@Test
	void signUpVerifyTheAddressLogInAndSeeTheProfile() {
		String displayName = "Camille Navigateur";
		String email = "camille-" + UUID.randomUUID() + "@example.org";
		String password = "un jardin partagé à Bordeaux";

		// 1. Sign up.
		open("/signup");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Créer un compte");
		driver.findElement(By.id("displayName")).sendKeys(displayName);
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form[action='/signup'] button[type=submit]")).click();
		waitForPath("/signup/sent");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Vérifiez votre boîte de réception");

		// 2. The verification mail, from the outbox.
		List<String> mails = jdbc.sql("select text_body from mail_outbox where recipient = ? order by id desc")
			.param(email)
			.query(String.class)
			.list();
		assertThat(mails).as("mails to %s", email).hasSize(1);
		Matcher link = VERIFY_LINK.matcher(mails.getFirst());
		assertThat(link.find()).as("a /verify?token= link in the mail:%n%s", mails.getFirst()).isTrue();

		// 3. Follow the link and confirm.
		open(link.group(1));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Confirmer votre adresse");
		WebElement confirm = driver.findElement(By.xpath("//main//button[normalize-space()='Confirmer mon adresse']"));
		confirm.click();
		waitForPath("/login");
		assertThat(driver.findElement(By.cssSelector("main .flash[role=status]")).getText())
			.contains("Votre adresse est confirmée");

		// 4. Log in and land on the profile.
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form[action='/login'] button[type=submit]")).click();
		waitForPath("/profile");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mon profil");
		assertThat(driver.findElement(By.id("me")).getText()).isEqualTo(displayName);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(email);
		assertThat(driver.findElement(By.cssSelector("header nav a[href='/profile']")).getText()).isEqualTo(displayName);
	}

	@Test
	void theFirstTabOnTheHomePageFocusesTheSkipLink() {
		open("/");
		new Actions(driver).sendKeys(Keys.TAB).perform();
		WebElement focused = driver.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Aller au contenu");
		assertThat(focused.getAttribute("href")).endsWith("#main");
		assertThat(focused.isDisplayed()).isTrue();
		assertThat(focused.getRect().getX()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);

		new Actions(driver).sendKeys(Keys.ENTER).perform();
		wait.until(ExpectedConditions.urlMatches("#main$"));
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void aMissingOrForbiddenPageShowsTheSitesErrorPage() {
		open("/g/absent-" + UUID.randomUUID());
		assertThat(driver.findElement(By.cssSelector("header a.brand")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("\"status\"").doesNotContain("{");
		open("/admin/mails");
		assertThat(driver.getCurrentUrl()).as("anonymous: to the login page").contains("/login");
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private void waitForPath(String path) {
		String url = "http://localhost:" + port + path;
		try {
			wait.until(ExpectedConditions.or(ExpectedConditions.urlToBe(url),
					ExpectedConditions.urlMatches("^" + Pattern.quote(url) + "[?#]")));
		}
		catch (org.openqa.selenium.TimeoutException timeout) {
			fail("Expected to land on " + path + " but the browser is on " + driver.getCurrentUrl() + " titled «"
					+ driver.getTitle() + "»");
		}
	}
}
