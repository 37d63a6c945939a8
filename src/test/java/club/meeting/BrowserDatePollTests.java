package club.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Collectors;

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

import club.support.BrowserSteps;
import club.support.BrowserTest;
import club.support.Chromium;
import club.support.MutableClock;
import club.support.TestGroups;
import club.support.TestMembers;

/**
 * A date poll in Chromium: an organizer opens it with three dates, two members answer, the
 * organizer closes it on the best date, the meeting shows on the group page, and its .ics
 * downloads and parses.
 */
@BrowserTest
class BrowserDatePollTests {

	@LocalServerPort
	int port;

	@Autowired
	TestMembers members;

	@Autowired
	TestGroups groups;

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
	void anOrganizerClosesAPollOnTheBestDateAndTheMeetingAppearsWithItsCalendarFile() throws Exception {
		String organizer = members.verifiedAccount("Oumar Organisateur");
		String first = members.verifiedAccount("Awa Membre");
		String second = members.verifiedAccount("Binta Membre");
		String slug = groups.create("sondage", "Un groupe qui se réunit", members.accountId(organizer), members.accountId(first),
				members.accountId(second)).slug();
		LocalDateTime base = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(10).withHour(18).withMinute(30).withSecond(0)
			.withNano(0);

		// The organizer opens the poll with three dates.
		steps.logIn(organizer);
		steps.open("/g/" + slug + "/polls/new");
		driver.findElement(By.id("title")).sendKeys("Rencontre de rentrée");
		driver.findElement(By.id("place")).sendKeys("Cap Sciences, Bordeaux");
		for (int i = 0; i < 3; i++) {
			steps.setValue("option-" + i, base.plusDays(i).toString());
		}
		steps.setValue("deadline", base.minusDays(5).toString());
		driver.findElement(By.xpath("//button[normalize-space()='Ouvrir le sondage']")).click();
		wait.until(ExpectedConditions.urlMatches("/polls/\\d+"));
		String pollPath = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");

		// Two members answer: the second date suits both.
		answer(first, pollPath, "YES", "YES", "NO");
		answer(second, pollPath, "NO", "IF_NEEDED", "YES");

		// The organizer closes on the best date.
		steps.logIn(organizer);
		steps.open(pollPath);
		assertThat(steps.text()).contains("Awa Membre").contains("Binta Membre");
		var choice = new Select(driver.findElement(By.id("close-option")));
		String best = choice.getOptions().stream().max(java.util.Comparator.comparingInt(option -> score(option.getText())))
			.orElseThrow().getAttribute("value");
		choice.selectByValue(best);
		assertThat(choice.getFirstSelectedOption().getText()).contains("(3)");
		steps.clickAndWaitFor(driver.findElement(By.xpath("//button[normalize-space()='Retenir cette date']")), "date choisie");

		// The meeting shows on the group page, and its calendar file parses.
		steps.open("/g/" + slug);
		assertThat(steps.text()).contains("Prochaine rencontre").contains("Rencontre de rentrée");
		driver.findElement(By.cssSelector("main a[href^='/meetings/']")).click();
		wait.until(ExpectedConditions.urlMatches("/meetings/\\d+$"));
		String ics = driver.findElement(By.partialLinkText(".ics")).getAttribute("href");
		String cookies = driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ics)).header("Cookie", cookies).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(response.body()));
		var event = (net.fortuna.ical4j.model.component.VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(event.getSummary().getValue()).isEqualTo("Rencontre de rentrée");
		assertThat(event.getDateTimeStart().getValue()).isEqualTo(base.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
	}

	private void answer(String email, String pollPath, String... answers) {
		steps.logIn(email);
		steps.open(pollPath);
		var selects = driver.findElements(By.cssSelector("select[name^=answer-]"));
		for (int i = 0; i < selects.size(); i++) {
			new Select(selects.get(i)).selectByValue(answers[i]);
		}
		steps.clickAndWaitFor(driver.findElement(By.xpath("//button[normalize-space()='Enregistrer mes réponses']")), "Vos réponses sont enregistrées.");
	}

	/** The score shown in an option's label: "… (3)". */
	private static int score(String label) {
		var matcher = java.util.regex.Pattern.compile("\\((\\d+)\\)\\s*$").matcher(label);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}
}
