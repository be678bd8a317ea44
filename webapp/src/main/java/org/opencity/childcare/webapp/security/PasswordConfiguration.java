package org.opencity.childcare.webapp.security;

import java.text.Normalizer;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.opencity.childcare.member.PasswordHasher;

/**
 * Passwords are hashed with Argon2id; the stored hash names its algorithm, so the
 * parameters can be raised later without invalidating existing passwords.
 */
@Configuration(proxyBeanMethods = false)
public class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder argon2 = new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        return new PasswordEncoder() {

            // The same accented password can arrive composed or decomposed depending on
            // the
            // keyboard; both must hash alike.
            @Override
            public String encode(CharSequence raw) {
                return argon2.encode(Normalizer.normalize(raw, Normalizer.Form.NFC));
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return argon2.matches(Normalizer.normalize(raw, Normalizer.Form.NFC), encoded);
            }

        };
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return new PasswordHasher() {

            @Override
            public String hash(CharSequence password) {
                return encoder.encode(password);
            }

            @Override
            public boolean matches(CharSequence password, String hash) {
                return encoder.matches(password, hash);
            }

        };
    }

}
