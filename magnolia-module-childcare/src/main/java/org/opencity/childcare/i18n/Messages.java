package org.opencity.childcare.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.jspecify.annotations.Nullable;

/**
 * Texts from the module's message bundles, French first: a key missing in English falls
 * back to French. Every text is a {@link MessageFormat} pattern, so French texts use the
 * typographic apostrophe (’), which MessageFormat leaves alone.
 */
public final class Messages {

    public static final Locale FRENCH = Locale.FRENCH;

    /** The base name of the module's own bundle. */
    public static final String MODULE_BUNDLE = "childcare.i18n.module-childcare-messages";

    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
        .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> baseNames;

    /**
     * @param baseNames bundle base names such as
     * {@code childcare.i18n.module-childcare-messages}, searched in order
     */
    public Messages(List<String> baseNames) {
        this.baseNames = List.copyOf(baseNames);
    }

    /** The module's own bundle. */
    public static Messages module() {
        return new Messages(List.of(MODULE_BUNDLE));
    }

    /**
     * The supported locale closest to the one asked for: English for English, French
     * otherwise.
     */
    public static Locale supported(@Nullable Locale requested) {
        return (requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())) ? Locale.ENGLISH
                : FRENCH;
    }

    /**
     * The text for {@code key}, formatted with {@code args}; the key itself in brackets
     * if missing.
     */
    public String get(String key, Locale locale, Object... args) {
        String pattern = find(key, supported(locale));
        if (pattern == null && !supported(locale).equals(FRENCH)) {
            pattern = find(key, FRENCH);
        }
        if (pattern == null) {
            return "[" + key + "]";
        }
        return new MessageFormat(pattern, supported(locale)).format(args);
    }

    /**
     * Whether {@code key} has a text of its own in {@code locale}, without falling back.
     */
    public boolean has(String key, Locale locale) {
        return find(key, supported(locale)) != null;
    }

    private @Nullable String find(String key, Locale locale) {
        for (String baseName : this.baseNames) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, Messages.class.getClassLoader(),
                        NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            }
            catch (MissingResourceException ex) {
                // this bundle has no file for the locale; the next one may
            }
        }
        return null;
    }

}
