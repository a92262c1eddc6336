package org.posyandu.itest.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) on a phone-sized or desktop
 * window, with a fresh profile, no calls home, every console message kept so a test can fail on any error or
 * CSP violation, and screenshots under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {
    /** Where Debian puts them; {@code .ci/run} installs both when missing. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60); // a bound on a hang, not a speed target

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> console = new ArrayList<>();

    private Browser(int width, int height) throws IOException {
        profile = Files.createTempDirectory("posyandu-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--disable-quic", "--lang=id-ID",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        if (width < 600) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    /** Whether this machine can run the browser tests at all. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A cheap Android phone's screen: 360 x 640 CSS pixels, touch. */
    public static Browser phone() throws IOException {
        return new Browser(360, 640);
    }

    /** An admin's laptop. */
    public static Browser desktop() throws IOException {
        return new Browser(1280, 900);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public void reload() {
        driver.navigate().refresh();
    }

    public WebElement find(String css) {
        return await(css + " present", d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Waits until {@code css} is on the page and visible, then clicks it. */
    public void click(String css) {
        WebElement e = await(css + " clickable", d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).isDisplayed() && found.get(0).isEnabled() ? found.get(0) : null;
        });
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
        e.click();
    }

    /** Types into a text field after clearing it. */
    public void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    /**
     * Sets a generated form's field the way a person does, whatever control the app chose for it: a select,
     * a radio group, a checkbox (for {@code true}/{@code false}) or a text/number/date input.
     */
    public void fill(String field, String value) {
        String css = "form#form-isian [name='" + field + "']";
        WebElement first = find(css);
        String tag = first.getTagName();
        String type = String.valueOf(first.getAttribute("type"));
        if ("select".equals(tag)) {
            new Select(first).selectByValue(value);
        } else if ("radio".equals(type)) {
            click(css + "[value='" + value + "']");
        } else if ("checkbox".equals(type) && ("true".equals(value) || "false".equals(value))) {
            if (first.isSelected() != Boolean.parseBoolean(value)) {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", first);
                first.click();
            }
        } else if ("checkbox".equals(type)) {
            click(css + "[value='" + value + "']");
        } else {
            first.clear();
            first.sendKeys(value);
        }
    }

    /** Chooses the option with {@code value} in the select {@code css}, once that option is there. */
    public void select(String css, String value) {
        find(css + " option[value='" + value + "']");
        new Select(find(css)).selectByValue(value);
    }

    /** The text of {@code css} once it is present and not empty. */
    public String text(String css) {
        return await(css + " with text", d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            String t = found.isEmpty() ? "" : found.get(0).getText().trim();
            return t.isEmpty() ? null : t;
        });
    }

    /** Waits until the text of {@code css} is exactly {@code expected}. */
    public void awaitText(String css, String expected) {
        await(css + " reads '" + expected + "'", d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && expected.equals(found.get(0).getText().trim()) ? Boolean.TRUE : null;
        });
    }

    /** Waits until {@code css}'s attribute {@code name} equals {@code expected}. */
    public void awaitAttribute(String css, String name, String expected) {
        await(css + "[" + name + "=" + expected + "]", d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && expected.equals(found.get(0).getAttribute(name)) ? Boolean.TRUE : null;
        });
    }

    public int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    /** Polls {@code condition} (null or false: not yet) until it holds or 60 s have passed. */
    public <T> T await(String what, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).withMessage(what).until(condition);
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png} and answers its path. */
    public Path screenshot(String name) throws IOException {
        Path to = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(to.getParent());
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    /**
     * Console messages at SEVERE (errors, CSP violations, failed script loads) since the last call. With
     * {@code networkWasCut}, the failed requests a cut network causes (Chromium's "Failed to load resource:
     * net::ERR_...") are expected and left out; nothing else is.
     */
    public List<String> consoleErrors(boolean networkWasCut) {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getLevel() + " " + entry.getMessage());
        }
        List<String> errors = console.stream().filter(m -> m.startsWith("SEVERE"))
                .filter(m -> !networkWasCut || !m.contains("Failed to load resource: net::ERR_"))
                .toList();
        console.clear();
        return errors;
    }

    /**
     * The end of a browser test: a screenshot {@code <name>-end}, no console error or CSP violation (see
     * {@link #consoleErrors}), and the browser closed whatever happened.
     */
    public void finish(String name, boolean networkWasCut) throws IOException {
        try {
            screenshot(name + "-end");
            List<String> errors = consoleErrors(networkWasCut);
            if (!errors.isEmpty()) {
                throw new AssertionError("console errors or CSP violations: " + errors);
            }
        } finally {
            close();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
