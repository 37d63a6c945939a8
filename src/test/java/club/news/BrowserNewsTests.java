package club.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import club.support.BrowserSteps;
import club.support.BrowserTest;
import club.support.Chromium;
import club.support.TestImages;
import club.support.TestGroups;
import club.support.TestMembers;

/**
 * A post written in Chromium: the editor picks a picture and forgets the title; the page comes back
 * with the message next to the title and the picture still there; once the title is typed, the
 * post is published with its picture, listed on the group's page and in its channel.
 */
@BrowserTest
class BrowserNewsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestMembers members;

	@Autowired
	TestGroups groups;

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
	void anEditorPublishesAPostWithAPictureThatSurvivesAMistakeInTheForm() throws Exception {
		String editor = members.verifiedAccount("Nadia Rédactrice");
		String slug = groups.create("nouvelles", "Un groupe qui publie", members.accountId(editor)).slug();
		Path picture = Files.createTempFile("affiche", ".png");
		Files.write(picture, TestImages.png("image", 1600, 900).getBytes());

		steps.logIn(editor);
		steps.open("/g/" + slug + "/news");
		driver.findElement(By.linkText("Écrire une nouvelle")).click();
		wait.until(ExpectedConditions.urlContains("/news/new"));
		driver.findElement(By.id("body")).sendKeys("Venez **nombreux** à la fête du jardin.");
		driver.findElement(By.id("image")).sendKeys(picture.toString());
		steps.clickAndWaitFor(driver.findElement(By.xpath("//button[normalize-space()='Enregistrer']")), "Indiquez le titre de la nouvelle");
		assertThat(driver.findElement(By.id("title-error")).getText()).contains("Indiquez le titre");
		assertThat(driver.findElement(By.cssSelector("img.news-image")).getAttribute("src")).startsWith("data:image/jpeg;base64,");

		driver.findElement(By.id("title")).sendKeys("La fête du jardin");
		steps.clickAndWaitFor(driver.findElement(By.xpath("//button[normalize-space()='Enregistrer']")), "La nouvelle est publiée.");
		assertThat(driver.getCurrentUrl()).matches(".*/news/\\d+$");
		assertThat(steps.text()).contains("La fête du jardin").contains("nombreux").contains("par Nadia Rédactrice");
		var image = driver.findElement(By.cssSelector("article img.news-image"));
		assertThat(image.getAttribute("src")).matches(".*/news/\\d+/image\\.jpg\\?v=\\d+");
		wait.until(page -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) page)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth === 1200", image));

		steps.open("/g/" + slug);
		assertThat(steps.text()).contains("Dernières nouvelles").contains("La fête du jardin");
		Files.delete(picture);
	}
}
