package org.opencity.childcare.webapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * The standalone host of the childcare module: run it with {@code java -jar}.
 */
// Accounts come from the repository; Boot's generated default user must not exist.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class ChildcareApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChildcareApplication.class, args);
    }

}
