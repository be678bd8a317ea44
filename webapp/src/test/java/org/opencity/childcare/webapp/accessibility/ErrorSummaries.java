package org.opencity.childcare.webapp.accessibility;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What axe cannot tell about a form sent back with errors: that the summary is announced
 * when the page shows, and that each of its links leads to a field on the page which is
 * marked invalid or points at its message. Reported in the same form as axe's findings.
 */
final class ErrorSummaries {

    private static final String CHECK = """
            const problems = [];
            const summaries = document.querySelectorAll('.error-summary');
            if (summaries.length === 0) {
              problems.push(['error-summary-missing', 'main', 'no error summary on the page']);
            }
            summaries.forEach((summary) => {
              if (summary.getAttribute('role') !== 'alert') {
                problems.push(['error-summary-announced', '.error-summary', 'the summary has no role="alert"']);
              }
              summary.querySelectorAll('a').forEach((link) => {
                const href = link.getAttribute('href') || '';
                const target = href.startsWith('#') ? document.getElementById(href.substring(1)) : null;
                if (target === null) {
                  problems.push(['error-summary-link', 'a[href="' + href + '"]',
                    '"' + link.textContent.trim() + '" leads to no element of the page']);
                  return;
                }
                const described = (target.getAttribute('aria-describedby') || '').split(/\\s+/)
                  .map((id) => document.getElementById(id))
                  .filter((element) => element !== null && element.textContent.trim() !== '');
                if (target.getAttribute('aria-invalid') !== 'true' && described.length === 0) {
                  problems.push(['error-field-marked', '#' + target.id,
                    'the field is neither aria-invalid nor described by its message']);
                }
              });
            });
            return problems;
            """;

    private ErrorSummaries() {
    }

    /** The problems of the error summary of the page the browser shows now. */
    @SuppressWarnings("unchecked")
    static List<Axe.Violation> check(WebDriver driver, String page) {
        List<List<String>> problems = (List<List<String>>) ((JavascriptExecutor) driver).executeScript(CHECK);
        return problems.stream()
            .map((problem) -> new Axe.Violation(page, driver.getCurrentUrl(), problem.get(0), "serious",
                    "Errors are announced and each leads to its field", problem.get(1), problem.get(2)))
            .toList();
    }

}
