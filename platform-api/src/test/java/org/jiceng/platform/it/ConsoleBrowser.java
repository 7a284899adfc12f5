package org.jiceng.platform.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The system's Chromium (Debian's package), driven by Playwright for Java: Playwright's own browser download is
 * never used. Records the console errors and Content-Security-Policy violations of the console's own pages (not
 * Keycloak's), which fail a test, and saves screenshots under {@code target/console-screenshots}.
 */
final class ConsoleBrowser implements AutoCloseable {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/lib/chromium/chromium");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final String consoleBase;
    final List<String> problems = new ArrayList<>();
    private final List<String> expected = new ArrayList<>();

    private ConsoleBrowser(Path chromium, String consoleBase) {
        this.consoleBase = consoleBase;
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Chromium, or: under {@code CI=true} a failure, elsewhere a skipped test with the reason printed. */
    static ConsoleBrowser start(String consoleBase) {
        String configured = System.getenv("JICENG_CHROMIUM");
        Path chromium = configured != null && !configured.isBlank() ? Path.of(configured)
                : CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (chromium == null || !Files.isExecutable(chromium)) {
            Commands.require("chromium", "the console's browser tests (apt-get install chromium)");
        }
        return new ConsoleBrowser(chromium, consoleBase);
    }

    /** A fresh browser profile (no cookies, no Keycloak session) at 1366×768, or at phone width. */
    Page page(boolean phone) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(phone ? 390 : 1366, phone ? 844 : 768).setLocale("zh-CN"));
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && page.url().startsWith(consoleBase)
                    && expected.stream().noneMatch(m.text()::contains)) {
                problems.add(page.url() + ": " + m.text());
            }
        });
        page.onPageError(e -> {
            if (page.url().startsWith(consoleBase)) {
                problems.add(page.url() + ": " + e);
            }
        });
        return page;
    }

    /**
     * Signs in to the tenant's realm through Keycloak's own login page, setting a new password when the account's
     * first one was temporary, and waits for the console to show its first view. {@code query} names the tenant
     * ({@code tenant=sip}) and may choose the language ({@code &lang=en}).
     */
    static void signIn(Page page, String consoleBase, String query, String username, String password,
                       String newPassword) {
        page.navigate(consoleBase + "?" + query);
        page.waitForSelector("#username");
        page.fill("#username", username);
        page.fill("#password", password);
        String login = page.url();
        page.click("#kc-login");
        page.waitForURL(url -> !url.equals(login));
        // Keycloak's required actions, as a person meets them at a first sign-in: a new password, the profile
        for (int step = 0; step < 4; step++) {
            page.waitForSelector("#view, #password-new, #firstName, #email");
            if (page.url().startsWith(consoleBase)) {
                break;
            }
            if (page.locator("#password-new").count() > 0) {
                page.fill("#password-new", newPassword);
                page.fill("#password-confirm", newPassword);
            } else {
                fillIfEmpty(page, "#email", username.replaceAll("[^A-Za-z0-9.]", "") + "@example.cn");
                fillIfEmpty(page, "#firstName", "测试");
                fillIfEmpty(page, "#lastName", "用户");
            }
            String before = page.url();
            page.locator("[type=submit]").first().click();
            page.waitForURL(url -> !url.equals(before));
        }
        page.waitForURL(url -> url.startsWith(consoleBase));
        awaitView(page);
    }

    private static void fillIfEmpty(Page page, String selector, String value) {
        if (page.locator(selector).count() > 0 && page.inputValue(selector).isBlank()) {
            page.fill(selector, value);
        }
    }

    /** The console marks its view ready once the API's answers are on the page. */
    static void awaitView(Page page) {
        page.waitForSelector("#view[data-ready=true]");
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    static String text(Locator locator) {
        return locator.textContent().strip();
    }

    /** A console message a test provokes on purpose (the browser logs every 4xx answer as an error). */
    void expect(String message) {
        expected.add(message);
    }

    void assertNoProblems() {
        assertEquals(List.of(), problems, "console errors or CSP violations on the console's pages");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
