package club.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What browser tests do again and again on the running server: open a page, log in, submit and wait. */
public final class BrowserSteps {

	private final WebDriver driver;
	private final WebDriverWait wait;
	private final int port;

	public BrowserSteps(Chromium browser, int port) {
		this.driver = browser.driver();
		this.wait = browser.waiting();
		this.port = port;
	}

	public void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	/** Logs in afresh (the previous person's cookies gone) with {@link TestMembers#PASSWORD}. */
	public void logIn(String email) {
		driver.manage().deleteAllCookies();
		open("/login");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(TestMembers.PASSWORD);
		driver.findElement(By.cssSelector("main form[action='/login'] button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** A date-time field, set as the browser's picker would set it (typing into it depends on the locale). */
	public void setValue(String id, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
	}

	/** Clicks, waits for the next page (the old one gone), then for that text in it. */
	public void clickAndWaitFor(WebElement button, String text) {
		var before = driver.findElement(By.tagName("main"));
		button.click();
		// Gone once the next page replaced it (Chromium may say so with a stale reference or another error).
		wait.until(page -> {
			try {
				before.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
	}

	public String text() {
		return driver.findElement(By.tagName("main")).getText();
	}
}
