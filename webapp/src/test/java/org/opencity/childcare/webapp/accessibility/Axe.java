package org.opencity.childcare.webapp.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core in the page the browser shows, restricted to the WCAG 2.0 and 2.1 level A
 * and AA rules, and returns what it finds. The script comes from the classpath (the
 * {@code com.deque.html.axe-core:selenium} test dependency carries {@code axe.min.js}),
 * so nothing is downloaded.
 */
final class Axe {

    /**
     * The rule sets the city's accessibility obligation (RGAA, on WCAG 2.1 AA) covers.
     */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SCRIPT = "axe.min.js";

    private static final String RUN = """
            const tags = arguments[0];
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
              .then((result) => done({
                version: axe.version,
                violations: result.violations.map((rule) => ({
                  id: rule.id,
                  impact: rule.impact || '',
                  help: rule.help,
                  nodes: rule.nodes.map((node) => ({
                    target: node.target.map(String).join(' '),
                    summary: node.failureSummary || ''
                  }))
                }))
              }))
              .catch((error) => done({ error: String(error) }));
            """;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** axe-core as the test dependency ships it. */
    static Axe fromClasspath() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the test classpath: the "
                        + "com.deque.html.axe-core:selenium test dependency carries it");
            }
            return new Axe(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The violations of the page the browser shows now, each named with {@code page}. */
    @SuppressWarnings("unchecked")
    List<Violation> check(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(this.source);
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN, TAGS);
        if (result == null || result.containsKey("error")) {
            throw new AssertionError("axe could not check " + page + ": " + ((result != null) ? result : "no answer"));
        }
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) result.get("violations")) {
            for (Map<String, Object> node : (List<Map<String, Object>>) rule.get("nodes")) {
                violations.add(new Violation(page, driver.getCurrentUrl(), (String) rule.get("id"),
                        (String) rule.get("impact"), (String) rule.get("help"), (String) node.get("target"),
                        (String) node.get("summary")));
            }
        }
        return violations;
    }

    /** One element of one page that breaks one rule. */
    record Violation(String page, String url, String rule, String impact, String help, String target, String summary) {

        @Override
        public String toString() {
            return this.page + " (" + this.url + ")\n    " + this.rule + " [" + this.impact + "] " + this.help
                    + "\n    at " + this.target + "\n    " + this.summary.replace("\n", "\n    ");
        }

    }

}
