package club.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Debian Chromium per test, in French, driven by the Debian chromedriver (so
 * Selenium never downloads anything). Missing packages fail the test: it never skips. A failed
 * test leaves a screenshot and the page source in target/browser-failures/.
 */
public final class Chromium implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

	static final String CHROMIUM = "/usr/bin/chromium";
	static final String CHROMEDRIVER = "/usr/bin/chromedriver";
	static final Duration WAIT = Duration.ofSeconds(15);

	private WebDriver driver;
	private WebDriverWait wait;
	private Path profileDir;

	public WebDriver driver() {
		return driver;
	}

	public WebDriverWait waiting() {
		return wait;
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
			fail("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ ": install them with `apt-get install -y chromium chromium-driver`.");
		}
		profileDir = Files.createTempDirectory("club-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=fr-FR",
				"--user-data-dir=" + profileDir.toAbsolutePath());
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, WAIT);
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isEmpty() || driver == null) {
			return;
		}
		try {
			Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
			String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
		}
		catch (RuntimeException | IOException ignored) {
			// A failed screenshot must not hide the real failure.
		}
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		try {
			if (driver != null) {
				driver.quit();
			}
		}
		finally {
			driver = null;
			if (profileDir != null) {
				try (Stream<Path> files = Files.walk(profileDir)) {
					files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
				}
			}
		}
	}
}
