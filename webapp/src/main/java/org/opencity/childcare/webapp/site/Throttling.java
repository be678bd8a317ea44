package org.opencity.childcare.webapp.site;

import java.time.Duration;
import java.util.Locale;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.webapp.security.LoginThrottle;

/**
 * What a form that asks for the password again says while the login throttle holds the
 * member back: the login page's own words, with the wait in whole minutes.
 */
final class Throttling {

    private Throttling() {
    }

    static String message(Duration wait, Messages messages, Locale locale) {
        return messages.get("childcare.login.error.throttled", locale, LoginThrottle.minutes(wait));
    }

}
