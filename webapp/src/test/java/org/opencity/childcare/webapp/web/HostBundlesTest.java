package org.opencity.childcare.webapp.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.opencity.childcare.member.PasswordProblem;
import org.opencity.childcare.webapp.security.Roles;
import org.opencity.childcare.webapp.security.StaffActionRefusedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host's own bundles (back-office screens) and the light module's (the section page)
 * say everything in French and English, and every key their templates use exists: a
 * missing one would show as {@code [key]} on the page. So does every back-office key the
 * code names after a constant.
 */
class HostBundlesTest {

    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("i18n(?:\\['|\\.get\\(')([\\w.-]+)'");

    @ParameterizedTest
    @CsvSource({ "src/main/resources/backoffice/i18n/backoffice-messages, src/main/resources/backoffice/templates",
            "../light-modules/childcare-site/i18n/childcare-site-messages, ../light-modules/childcare-site/templates" })
    void bundlesWhenComparedShouldHaveTheSameKeysAndCoverTheirTemplates(String bundle, String templates)
            throws IOException {
        Properties french = load(bundle + "_fr.properties");
        Properties english = load(bundle + "_en.properties");
        String prefix = Path.of(bundle).getFileName().toString().replace("-messages", "") + ".";

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
        assertThat(french.values()).allSatisfy((text) -> assertThat((String) text).doesNotContain("'"));
        assertThat(english.values()).allSatisfy((text) -> assertThat((String) text).doesNotContain("'"));
        assertThat(keysUsedIn(Path.of(templates), prefix)).isNotEmpty().isSubsetOf(french.stringPropertyNames());
    }

    @Test
    void backOfficeKeysNamedAfterConstantsShouldExistForEveryConstant() throws IOException {
        Properties french = load("src/main/resources/backoffice/i18n/backoffice-messages_fr.properties");
        List<String> keys = new ArrayList<>();
        for (PasswordProblem problem : PasswordProblem.values()) {
            keys.add("backoffice.password.problem." + problem.name());
        }
        for (StaffActionRefusedException.Reason reason : StaffActionRefusedException.Reason.values()) {
            keys.add("backoffice.staff.refused." + reason.name());
        }
        for (String role : List.of(Roles.WEBMASTER, Roles.EDITOR)) {
            keys.add("backoffice.staff.role." + role);
        }

        assertThat(french.stringPropertyNames()).containsAll(keys);
    }

    private static Set<String> keysUsedIn(Path folder, String prefix) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter((f) -> f.toString().endsWith(".ftl")).toList()) {
                Matcher matcher = KEY_IN_TEMPLATE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (matcher.group(1).startsWith(prefix)) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

}
