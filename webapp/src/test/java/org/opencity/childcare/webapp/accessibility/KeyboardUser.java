package org.opencity.childcare.webapp.accessibility;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.fail;

/**
 * A person who uses the keyboard only: moves with Tab, types, ticks with Space, picks a
 * radio button with the arrow keys and sends with Enter. At every stop it checks what a
 * sighted keyboard user needs: the focused element is on screen and has a visible focus
 * indicator (an outline or a ring).
 */
final class KeyboardUser {

    /** Tab stops tried before giving up on reaching an element. */
    private static final int MAX_STOPS = 200;

    /** Returns null when the focused element's focus shows, else a description of it. */
    private static final String FOCUS_CHECK = """
            const e = document.activeElement;
            if (!e || e === document.body) { return null; }
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
            const onScreen = r.width > 0 && r.height > 0;
            if (ring && onScreen) { return null; }
            return e.tagName + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
                + ' "' + (e.innerText || e.value || '').trim().slice(0, 40) + '"'
                + (ring ? '' : ' without a focus indicator') + (onScreen ? '' : ' off screen');
            """;

    private final WebDriver driver;

    private final List<String> invisibleFocus = new ArrayList<>();

    private int stops;

    KeyboardUser(WebDriver driver) {
        this.driver = driver;
    }

    /** Tabs forward until the focused element matches, checking each stop on the way. */
    WebElement tabTo(String what, Predicate<WebElement> target) {
        for (int i = 0; i < MAX_STOPS; i++) {
            press(Keys.TAB);
            this.stops++;
            String problem = (String) ((JavascriptExecutor) this.driver).executeScript(FOCUS_CHECK);
            if (problem != null) {
                this.invisibleFocus.add(this.driver.getCurrentUrl() + " " + problem);
            }
            WebElement active = focused();
            if (target.test(active)) {
                return active;
            }
        }
        return fail("Tab never reached " + what + " on " + this.driver.getCurrentUrl());
    }

    WebElement tabToField(String id) {
        return tabTo("the field #" + id, (element) -> id.equals(element.getDomAttribute("id")));
    }

    WebElement tabToLink(String text) {
        return tabTo("the link \"" + text + "\"",
                (element) -> "a".equals(element.getTagName()) && text.equals(element.getText().strip()));
    }

    WebElement tabToButton(String text) {
        return tabTo("the button \"" + text + "\"",
                (element) -> "button".equals(element.getTagName()) && text.equals(element.getText().strip()));
    }

    /** Tabs to a text field and types into it. */
    void fill(String id, String text) {
        tabToField(id);
        type(text);
    }

    /**
     * Tabs into a radio group and moves with the arrow keys to the button of
     * {@code value}.
     */
    void pickRadio(String name, String value) {
        tabTo("the radio group " + name, (element) -> name.equals(element.getDomAttribute("name")));
        for (int i = 0; i < 20 && !value.equals(focused().getDomAttribute("value")); i++) {
            press(Keys.ARROW_DOWN);
        }
        if (value.equals(focused().getDomAttribute("value")) && !focused().isSelected()) {
            // The first button of a group with none chosen yet: Space chooses it.
            press(Keys.SPACE);
        }
        if (!value.equals(focused().getDomAttribute("value")) || !focused().isSelected()) {
            fail("The arrow keys never selected " + name + "=" + value);
        }
    }

    /** Tabs to a checkbox and ticks it with Space. */
    void tick(String id) {
        WebElement box = tabToField(id);
        if (!box.isSelected()) {
            press(Keys.SPACE);
        }
    }

    /** Types into the focused element, as a person would. */
    void type(CharSequence... keys) {
        new Actions(this.driver).sendKeys(keys).perform();
    }

    void press(Keys key) {
        new Actions(this.driver).sendKeys(key).perform();
    }

    WebElement focused() {
        return this.driver.switchTo().activeElement();
    }

    int stops() {
        return this.stops;
    }

    /** The stops where focus could not be seen, described. */
    List<String> invisibleFocus() {
        return List.copyOf(this.invisibleFocus);
    }

}
