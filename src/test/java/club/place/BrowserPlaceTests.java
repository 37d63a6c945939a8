package club.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import club.access.Access;
import club.membership.EntryProcess;
import club.membership.EntryRule;
import club.support.BrowserSteps;
import club.support.BrowserTest;
import club.support.Chromium;
import club.support.MutableClock;
import club.support.TestMembers;

/**
 * The application with a motivation interview, in Chromium: an applicant applies to a place's
 * plan, the operator proposes two slots, the applicant picks one, the operator accepts, and the
 * membership shows as active on both sides.
 */
@BrowserTest
class BrowserPlaceTests {

	@LocalServerPort
	int port;

	@Autowired
	TestMembers members;

	@Autowired
	PlaceRepository places;

	@Autowired
	Access access;

	@Autowired
	MutableClock clock;

	@RegisterExtension
	final Chromium browser = new Chromium();

	WebDriver driver;
	WebDriverWait wait;

	BrowserSteps steps;

	@BeforeEach
	void useTheBrowser() {
		driver = browser.driver();
		wait = browser.waiting();
		steps = new BrowserSteps(browser, port);
	}

	@Test
	void anApplicantIsInterviewedAndAcceptedAndTheMembershipIsActiveOnBothSides() {
		String operator = members.verifiedAccount("Oumar Opérateur");
		String applicant = members.verifiedAccount("Jade Candidate");
		String slug = "hangar-" + UUID.randomUUID().toString().substring(0, 8);
		Instant now = clock.instant();
		long placeId = places.insert(new Place(0, slug, "Le Hangar " + slug, "Un tiers-lieu", null, "Quai de Bacalan", null, null, List.of(),
				List.of("Atelier"), "EUR", now, now));
		places.insert(new Plan(0, placeId, "Résident", 24000, Plan.Period.YEAR, List.of("Atelier"),
				new EntryRule(EntryProcess.APPLICATION, 2, List.of("Quel projet voulez-vous mener ?")), true), now);
		access.makeOperator(placeId, members.accountId(operator), now);

		// The applicant applies.
		steps.logIn(applicant);
		steps.open("/p/" + slug);
		driver.findElement(By.linkText("Envoyer ma candidature")).click();
		driver.findElement(By.id("answer-0")).sendKeys("Un atelier de réparation de vélos ouvert aux voisins.");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlMatches("/requests/\\d+"));
		String requestPath = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
		assertThat(steps.text()).contains("en attente").contains("Un atelier de réparation de vélos");

		// The operator proposes two slots.
		steps.logIn(operator);
		steps.open("/p/" + slug + "/memberships");
		assertThat(steps.text()).contains("Demandes en cours").contains("Jade Candidate");
		driver.findElement(By.linkText("Jade Candidate")).click();
		wait.until(ExpectedConditions.urlContains(requestPath));
		LocalDateTime soon = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(5).withHour(18).withMinute(30)
			.withSecond(0).withNano(0);
		steps.setValue("slot-0", soon.toString());
		driver.findElement(By.id("place-0")).sendKeys("Le Hangar, salle 2");
		steps.setValue("slot-1", soon.plusDays(1).toString());
		new Select(driver.findElement(By.id("mode-1"))).selectByValue("ONLINE");
		driver.findElement(By.id("place-1")).sendKeys("https://visio.example.org/hangar");
		steps.clickAndWaitFor(driver.findElement(By.xpath("//button[normalize-space()='Proposer ces créneaux']")), "créneaux d’entretien proposés");

		// The applicant picks the second one.
		steps.logIn(applicant);
		steps.open(requestPath);
		assertThat(steps.text()).contains("Choisissez un créneau");
		steps.clickAndWaitFor(driver.findElements(By.xpath("//button[normalize-space()='Choisir ce créneau']")).get(1), "entretien fixé");
		assertThat(steps.text()).contains("https://visio.example.org/hangar").contains("choisi");

		// The operator accepts, with the reason of the decision.
		steps.logIn(operator);
		steps.open(requestPath);
		driver.findElement(By.id("reason")).sendKeys("Un projet utile au quartier.");
		steps.clickAndWaitFor(driver.findElement(By.xpath("//button[normalize-space()='Accepter']")), "acceptée");
		steps.open("/p/" + slug + "/memberships");
		assertThat(driver.findElement(By.cssSelector("tr.membership-active")).getText()).contains("Jade Candidate").contains("Résident");

		// The first year's payment, recorded by the operator.
		driver.findElement(By.xpath("//summary[normalize-space()='Enregistrer un paiement']")).click();
		driver.findElement(By.cssSelector("tr.membership-active input[name=amount]")).sendKeys("240,00");
		new Select(driver.findElement(By.cssSelector("tr.membership-active select[name=method]"))).selectByValue("TRANSFER");
		driver.findElement(By.cssSelector("tr.membership-active input[name=reference]")).sendKeys("VIR-2026-11");
		steps.clickAndWaitFor(driver.findElement(By.xpath("//button[normalize-space()='Enregistrer le paiement']")), "Le paiement est enregistré.");
		assertThat(driver.findElement(By.cssSelector("tr.membership-active")).getText()).contains("240,00");

		steps.logIn(applicant);
		steps.open("/my/memberships");
		assertThat(driver.findElement(By.cssSelector("section.membership-active")).getText()).contains("Le Hangar " + slug)
			.contains("Adhésion active");
		steps.open("/p/" + slug);
		assertThat(steps.text()).contains("Adhésion active");
	}
}
