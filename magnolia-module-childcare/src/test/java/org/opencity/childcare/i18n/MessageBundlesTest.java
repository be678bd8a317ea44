package org.opencity.childcare.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencity.childcare.member.DocumentCheck;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.member.PasswordProblem;
import org.opencity.childcare.token.TokenState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the module's message bundles: every text a page, a mail or a validation
 * message asks for exists in French and in English, and survives MessageFormat.
 */
class MessageBundlesTest {

    private static final String BUNDLE_FOLDER = "childcare/i18n/";

    /** {@code i18n['key']}: a text looked up by a literal key. */
    private static final Pattern TEMPLATE_LOOKUP = Pattern.compile("i18n\\[\\s*'([^']+)'\\s*\\]");

    /** {@code i18n.get('key', …)}: a text with arguments. */
    private static final Pattern TEMPLATE_FORMAT = Pattern.compile("i18n\\.get\\(\\s*'([^']+)'");

    /** A string literal in Java that starts like a module key. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"(childcare\\.[^\"\\s]*)\"");

    private static final Path MAIN_JAVA = Path.of("src", "main", "java");

    @Test
    void frenchAndEnglishShouldHaveExactlyTheSameKeys() {
        Set<String> french = bundle(Locale.FRENCH).stringPropertyNames();
        Set<String> english = bundle(Locale.ENGLISH).stringPropertyNames();

        assertThat(english).containsExactlyInAnyOrderElementsOf(french);
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr", "en" })
    void noTextShouldHoldAStraightApostropheThatMessageFormatWouldSwallow(String language) {
        Properties bundle = bundle(Locale.forLanguageTag(language));

        assertThat(bundle.stringPropertyNames()).filteredOn((key) -> bundle.getProperty(key).contains("'"))
            .as("keys whose text holds ' (write ’ instead)")
            .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr", "en" })
    void everyTextShouldBeAValidMessageFormatPattern(String language) {
        Properties bundle = bundle(Locale.forLanguageTag(language));
        List<String> invalid = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            try {
                new MessageFormat(bundle.getProperty(key), Locale.forLanguageTag(language));
            }
            catch (IllegalArgumentException ex) {
                invalid.add(key + ": " + ex.getMessage());
            }
        }

        assertThat(invalid).isEmpty();
    }

    @Test
    void everyKeyTheTemplatesUseShouldExistInBothLanguages() throws IOException {
        Set<String> keys = templateKeys();
        assertThat(keys).as("keys found in the templates").hasSizeGreaterThan(50);
        for (TokenState state : TokenState.values()) {
            if (state != TokenState.VALID) {
                keys.add("childcare.link." + state);
            }
        }
        for (MemberStatus status : MemberStatus.values()) {
            keys.add("childcare.member.status." + status);
        }

        assertThat(missing(keys, Locale.FRENCH)).as("missing in French").isEmpty();
        assertThat(missing(keys, Locale.ENGLISH)).as("missing in English").isEmpty();
    }

    @Test
    void everyKeyTheJavaCodeUsesShouldExistInBothLanguages() throws IOException {
        Set<String> keys = javaKeys();
        assertThat(keys).as("keys found in the Java code").hasSizeGreaterThan(10);
        for (PasswordProblem problem : PasswordProblem.values()) {
            keys.add(problem.messageKey());
        }
        for (DocumentCheck.Problem problem : DocumentCheck.Problem.values()) {
            keys.add(problem.messageKey());
        }
        for (String mail : List.of("registrationReceived", "registrationDuplicate", "registrationApproved",
                "registrationRejected", "passwordReset", "passwordChanged", "adReminder", "adRemoved",
                "adReviewRejected", "emailChangeConfirmation", "emailChangeRequested", "emailChanged")) {
            keys.add("childcare.mail." + mail + ".subject");
        }

        assertThat(missing(keys, Locale.FRENCH)).as("missing in French").isEmpty();
        assertThat(missing(keys, Locale.ENGLISH)).as("missing in English").isEmpty();
    }

    private static Set<String> missing(Set<String> keys, Locale locale) {
        Properties bundle = bundle(locale);
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(bundle.stringPropertyNames());
        return missing;
    }

    /**
     * The literal keys of the module's page and mail templates; keys built by
     * concatenation are left to the caller.
     */
    private static Set<String> templateKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String folder : List.of("childcare/templates", "childcare/mail")) {
            try (Stream<Path> files = Files.walk(classpathFolder(folder))) {
                for (Path file : files.filter((path) -> path.toString().endsWith(".ftl")).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    keys.addAll(matches(TEMPLATE_LOOKUP, text));
                    keys.addAll(matches(TEMPLATE_FORMAT, text));
                }
            }
        }
        return keys;
    }

    /**
     * The literal keys of the module's Java sources, leaving out prefixes that code
     * completes (ending with a dot) and the bundle's own name.
     */
    private static Set<String> javaKeys() throws IOException {
        assertThat(MAIN_JAVA).as("run from the module folder").isDirectory();
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
                keys.addAll(matches(JAVA_KEY, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        keys.removeIf((key) -> key.endsWith(".") || key.equals(Messages.MODULE_BUNDLE));
        return keys;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties bundle(Locale locale) {
        String name = BUNDLE_FOLDER + "module-childcare-messages_" + locale.getLanguage() + ".properties";
        InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name + " on the classpath").isNotNull();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot read " + name, ex);
        }
    }

    private static Path classpathFolder(String folder) {
        URL url = Objects.requireNonNull(MessageBundlesTest.class.getClassLoader().getResource(folder),
                folder + " is not on the classpath");
        try {
            return Path.of(url.toURI());
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException("Not a file address: " + url, ex);
        }
    }

}
