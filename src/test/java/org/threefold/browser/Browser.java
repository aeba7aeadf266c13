package org.threefold.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.threefold.support.Infrastructure;

/**
 * A headless Chromium for browser tests, started with the machine's own binaries (a test
 * tool's browser download cannot work here) and a fresh profile each time.
 */
final class Browser implements AutoCloseable {

	final ChromeDriver driver;

	final WebDriverWait wait;

	private final Path profile;

	Browser(int width, int height) throws Exception {
		this.profile = Files.createTempDirectory("threefold-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(Infrastructure.CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + width + "," + height, "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Infrastructure.CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(30));
	}

	/**
	 * Fills in and sends the sign-in form at {@code loginUrl}; does not wait for the
	 * result, so callers can check either a home page or the error.
	 */
	void submitSignIn(String loginUrl, String username, String password) {
		this.driver.get(loginUrl);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
			.sendKeys(username);
		this.driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password + Keys.ENTER);
	}

	/** Signs in and waits for the page that follows. */
	void signIn(String loginUrl, String username, String password) {
		submitSignIn(loginUrl, username, password);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
	}

	/** All text on the page, including text inside web components' shadow DOM. */
	String visibleText() {
		return (String) this.driver.executeScript("""
				const text = (node) => {
				  let out = node.shadowRoot ? text(node.shadowRoot) : '';
				  for (const child of node.childNodes) {
				    out += (child.nodeType === 3) ? child.textContent : text(child);
				  }
				  return out;
				};
				return text(document.body);""");
	}

	/** Waits until Vaadin has no request in flight and every image has loaded. */
	void settle() {
		this.wait.until((driver) -> (Boolean) this.driver.executeScript("""
				const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
				const busy = Object.values(clients).some((c) => c.isActive && c.isActive());
				const images = Array.from(document.images).every((i) => i.complete);
				return !busy && images && document.readyState === 'complete';"""));
	}

	/** The page's first H1 as text, read in the page; empty if there is none. */
	String h1() {
		return (String) this.driver
			.executeScript("const h = document.querySelector('h1'); return h ? h.textContent.trim() : ''");
	}

	/** Saves a screenshot, e.g. for the user guide; returns the file written. */
	Path screenshot(Path target) throws Exception {
		File shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(target.getParent());
		Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	@Override
	public void close() throws Exception {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
