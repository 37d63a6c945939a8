package club.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import club.support.BrowserSteps;
import club.support.BrowserTest;
import club.support.Chromium;
import club.support.TestGroups;
import club.support.TestMembers;

/**
 * A file uploaded in Chromium to a real server: one larger than the limit is refused while the
 * request is read, and the person comes back to the form with the message next to the file field
 * (not an error page); a PDF within the limit is added and offered as a download.
 */
@BrowserTest
class BrowserResourceTests {

	@LocalServerPort
	int port;

	@Autowired
	TestMembers members;

	@Autowired
	TestGroups groups;

	@RegisterExtension
	final Chromium browser = new Chromium();

	WebDriver driver;
	BrowserSteps steps;

	@BeforeEach
	void useTheBrowser() {
		driver = browser.driver();
		steps = new BrowserSteps(browser, port);
	}

	@Test
	void aFileOverTheLimitComesBackWithAMessageNextToTheFieldAndAPdfIsAdded() throws Exception {
		String member = members.verifiedAccount("Inès Documentaliste");
		String slug = groups.create("docs", "Un groupe qui documente", members.accountId(member)).slug();
		Path big = Files.createTempFile("enorme", ".pdf");
		try (var file = new RandomAccessFile(big.toFile(), "rw")) {
			file.write(ResourceTests.PDF);
			file.setLength(21L * 1024 * 1024);
		}
		Path pdf = Files.createTempFile("guide", ".pdf");
		Files.write(pdf, ResourceTests.PDF);

		steps.logIn(member);
		steps.open("/g/" + slug + "/resources");
		steps.clickAndWaitFor(driver.findElement(By.linkText("Déposer un fichier")), "Déposer un fichier dans les ressources");
		driver.findElement(By.id("title")).sendKeys("Le guide");
		driver.findElement(By.id("file")).sendKeys(big.toString());
		steps.clickAndWaitFor(driver.findElement(By.xpath("//button[normalize-space()='Enregistrer']")), "Ce fichier est trop gros");
		assertThat(driver.findElement(By.id("file-error")).getText()).isEqualTo("Ce fichier est trop gros : 20 Mo au plus.");
		assertThat(driver.getCurrentUrl()).endsWith("/g/" + slug + "/resources/new?kind=FILE");

		driver.findElement(By.id("title")).sendKeys("Le guide");
		driver.findElement(By.id("file")).sendKeys(pdf.toString());
		steps.clickAndWaitFor(driver.findElement(By.xpath("//button[normalize-space()='Enregistrer']")), "La ressource est ajoutée.");
		assertThat(driver.getCurrentUrl()).matches(".*/resources/\\d+$");
		assertThat(driver.findElement(By.partialLinkText("Télécharger")).getAttribute("href")).endsWith("/download");
	}
}
