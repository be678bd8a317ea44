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
                return argon2.encode(normalised(raw));
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return argon2.matches(normalised(raw), encoded);
            }

        };
    }

    /**
     * The password in NFC, with any unpaired surrogate (which no keyboard sends, but a
     * crafted request can) replaced by U+FFFD: Argon2 cannot encode it to UTF-8 and would
     * fail with a server error.
     */
    static String normalised(CharSequence raw) {
        String text = raw.toString();
        StringBuilder wellFormed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                wellFormed.append(c).append(text.charAt(++i));
            }
            else {
                wellFormed.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return Normalizer.normalize(wellFormed, Normalizer.Form.NFC);
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
