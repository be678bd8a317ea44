package org.opencity.childcare.webapp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at a fresh data folder under {@code target/} and at the test
 * SMTP server, and fixes the staff passwords tests log in with.
 */
public class TestApplicationInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String WEBMASTER = "webmaster";

    public static final String EDITOR = "redaction";

    /** The staff test password; long enough for any policy. */
    public static final String STAFF_PASSWORD = "test-staff-password-for-tests-only";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dataDir;
        try {
            Files.createDirectories(Path.of("target"));
            dataDir = Files.createTempDirectory(Path.of("target"), "test-data-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        TestPropertyValues
            .of("childcare.data-dir=" + dataDir.toAbsolutePath(), "spring.mail.host=127.0.0.1",
                    "spring.mail.port=" + TestMailServer.port(), "childcare.staff.webmaster.password=" + STAFF_PASSWORD,
                    "childcare.staff.editor.password=" + STAFF_PASSWORD, "childcare.light-modules-dir=../light-modules")
            .applyTo(context);
    }

}
