package dev.lmiadvisor.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.modelcontextprotocol.client.McpSyncClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The console in a real browser: Debian's headless Chromium, driven through chromium-driver by
 * Selenium. A person signs in with the keyboard, sees the change an MCP client is waiting on,
 * approves it, and the client's retry reaches the loopback AWS endpoint; the audit trail shows who
 * approved; a form stripped of its CSRF token is refused. Skips, saying why, where Chromium or its
 * driver is not installed ({@code apt-get install chromium chromium-driver}).
 *
 * <p>Screenshots of each page go to {@code target/screenshots}; with {@code
 * -Dscreenshots.update=true} also to {@code docs/screenshots}, which the README shows.
 */
class ConsoleBrowserTest extends ConsoleServerFixture {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private WebDriver browser;

  private WebDriver browser() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "no Chromium: install Debian's chromium and chromium-driver to run the browser test");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory("lmi-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return browser;
  }

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private void screenshot(String name) throws IOException {
    byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Path local = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(local.getParent());
    Files.write(local, png);
    if (Boolean.getBoolean("screenshots.update")) {
      Path docs = Path.of("..", "docs", "screenshots", name + ".png");
      Files.createDirectories(docs.getParent());
      Files.write(docs, png);
    }
  }

  /** Scrolls the page so that the element is at the top, for a screenshot of what matters. */
  private void show(By what) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView(true);", browser.findElement(what));
  }

  /**
   * Does something that loads a new page (a click, Enter in a form) and waits until the browser has
   * left the old page and finished loading the new one.
   */
  private void navigate(Runnable action) {
    WebElement old = browser.findElement(By.tagName("html"));
    action.run();
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      if (gone(old) && loaded()) {
        return;
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
    throw new AssertionError("the browser did not load a new page within 15 s");
  }

  /**
   * Whether the element's page has been left. Chromium reports a node of a page being replaced
   * either as stale or, mid-navigation, as "Node with given id does not belong to the document".
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException stale) {
      return true;
    } catch (org.openqa.selenium.WebDriverException midNavigation) {
      return midNavigation.getMessage() != null
          && midNavigation.getMessage().contains("does not belong to the document");
    }
  }

  /** Whether the current page has finished loading; false while the browser is still switching. */
  private boolean loaded() {
    try {
      return "complete"
          .equals(((JavascriptExecutor) browser).executeScript("return document.readyState;"));
    } catch (org.openqa.selenium.WebDriverException switching) {
      return false;
    }
  }

  private String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  @Test
  void aPersonApprovesInTheBrowserAndTheClientsRetryRuns() throws Exception {
    start(Optional.empty());
    WebDriver page = browser();
    aws.on(
        "POST /2025-11-30/capacity-providers",
        "{\"CapacityProvider\":{\"CapacityProviderArn\":\"arn:aws:lambda:us-east-1:111122223333:capacity-provider:orders-cp\",\"State\":\"Pending\"}}");
    String command = createProvider("orders-cp");
    try (McpSyncClient client = mcpClient()) {
      Map<String, Object> pending = call(client, Map.of("command", command, "mode", "execute"));
      assertEquals("pending_approval", pending.get("decision"));
      String id = (String) pending.get("approval_id");

      // Signed out, the console sends the person to sign in, then back.
      page.get(url("/approvals"));
      assertTrue(page.getCurrentUrl().contains("/login"), page.getCurrentUrl());
      // The first thing the keyboard reaches is the skip link.
      page.findElement(By.tagName("body")).sendKeys(Keys.TAB);
      assertEquals("Skip to content", page.switchTo().activeElement().getText());
      WebElement name = page.findElement(By.id("name"));
      assertEquals("Your name", page.findElement(By.cssSelector("label[for=name]")).getText());
      name.sendKeys("Ada Lovelace");
      screenshot("login");
      navigate(() -> page.findElement(By.id("token")).sendKeys(TOKEN, Keys.ENTER));
      assertTrue(page.getCurrentUrl().endsWith("/approvals"), page.getCurrentUrl() + text());
      assertTrue(text().contains("pending"), text());
      screenshot("approvals");

      navigate(() -> page.findElement(By.cssSelector("a[href='/approvals/" + id + "']")).click());
      assertTrue(page.findElement(By.tagName("pre")).getText().contains("CreateCapacityProvider"));
      screenshot("approval");

      // A form without this session's CSRF token is refused, and nothing is decided.
      ((JavascriptExecutor) page)
          .executeScript(
              "document.querySelectorAll('form input[name=csrf]').forEach(e => e.remove());");
      navigate(() -> page.findElement(By.cssSelector("button.approve")).click());
      assertTrue(text().contains("Form refused"), text());
      assertEquals(
          "pending",
          approvals.get(id).orElseThrow().state().name().toLowerCase(java.util.Locale.ROOT));

      page.get(url("/approvals/" + id));
      navigate(() -> page.findElement(By.cssSelector("button.approve")).click());
      assertTrue(text().contains("Recorded: approved"), text());
      assertTrue(page.findElements(By.cssSelector("button.approve")).isEmpty(), "decided once");

      Map<String, Object> retry =
          call(client, Map.of("command", command, "mode", "execute", "approval_id", id));
      assertEquals("executed", retry.get("outcome"), retry.toString());
      assertEquals(1, aws.received.size());
    }

    page.get(url("/audit"));
    String audit = text();
    assertTrue(audit.contains("Chain verified just now: intact"), audit);
    assertTrue(audit.contains("approval_decided"), audit);
    assertTrue(audit.contains("Ada Lovelace"), audit);
    assertTrue(audit.contains("executed"), audit);
    screenshot("audit");
  }

  @Test
  void theCalculatorsAndAskWorkInTheBrowser() throws Exception {
    start(Optional.empty());
    WebDriver page = browser();
    page.get(url("/login"));
    page.findElement(By.id("name")).sendKeys("Ada");
    navigate(() -> page.findElement(By.id("token")).sendKeys(TOKEN, Keys.ENTER));
    screenshot("overview");

    page.get(url("/calculators/costs"));
    for (Map.Entry<String, String> field :
        List.of(
            Map.entry("monthly_requests", "259200000"),
            Map.entry("avg_duration_ms", "200"),
            Map.entry("memory_mb", "512"))) {
      page.findElement(By.id("field-" + field.getKey())).sendKeys(field.getValue());
    }
    navigate(() -> page.findElement(By.cssSelector("form.grid button[type=submit]")).click());
    WebElement chart = page.findElement(By.cssSelector("figure img"));
    assertTrue(
        chart.getDomAttribute("alt").contains("they cost the same"), chart.getDomAttribute("alt"));
    Object width =
        ((JavascriptExecutor) page).executeScript("return arguments[0].naturalWidth;", chart);
    assertEquals(800L, ((Number) width).longValue(), "the SVG chart renders");
    show(By.id("costs-result"));
    screenshot("costs");

    page.get(url("/calculators/region"));
    assertTrue(text().contains("Not available"), text());
    navigate(() -> page.findElement(By.id("field-region")).sendKeys("cn-north-1", Keys.ENTER));
    assertTrue(text().contains("cn-north-1"), text());
    show(By.id("region-result"));
    screenshot("region");

    page.get(url("/ask"));
    page.findElement(By.id("question")).sendKeys("What is the minimum memory of an LMI function?");
    navigate(() -> page.findElement(By.cssSelector("main form button[type=submit]")).click());
    assertTrue(text().contains("Must mention"), text());
    show(By.id("routed"));
    screenshot("ask");
  }
}
