package org.opencity.childcare.webapp.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a member out for long.
 * <ul>
 * <li>Per login and address: after {@value #FREE_ATTEMPTS} failures, each further attempt
 * waits 30 s, then twice as long each time, up to {@link #MAX_PAIR_DELAY}. Someone
 * guessing from another address does not delay the member at home.</li>
 * <li>Per login from anywhere: after {@value #LOGIN_ATTEMPTS} failures, at most
 * {@link #MAX_LOGIN_DELAY} between attempts, so a distributed attack is slowed but the
 * member is never locked out for more than a minute.</li>
 * <li>Per address, any login: after {@value #ADDRESS_ATTEMPTS} failures within the
 * window, {@link #MAX_PAIR_DELAY}, against password spraying.</li>
 * </ul>
 * Counters live in memory and are forgotten after {@link #WINDOW} without failure.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;

    static final int LOGIN_ATTEMPTS = 20;

    static final int ADDRESS_ATTEMPTS = 50;

    static final Duration WINDOW = Duration.ofMinutes(15);

    static final Duration MAX_PAIR_DELAY = Duration.ofMinutes(15);

    static final Duration MAX_LOGIN_DELAY = Duration.ofMinutes(1);

    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * How long the caller must wait before trying this login from this address; zero if
     * not.
     */
    public Duration waitBefore(String login, String address) {
        return waitBefore(List.of(login), address);
    }

    /**
     * How long the caller must wait before trying any of these logins of one account from
     * this address; zero if not.
     */
    public Duration waitBefore(List<String> logins, String address) {
        Instant now = this.clock.instant();
        Duration wait = Duration.ZERO;
        for (String login : logins) {
            wait = max(wait, remaining(pairKey(login, address), FREE_ATTEMPTS, MAX_PAIR_DELAY, now));
            wait = max(wait, remaining(loginKey(login), LOGIN_ATTEMPTS, MAX_LOGIN_DELAY, now));
        }
        return max(wait, remaining(addressKey(address), ADDRESS_ATTEMPTS, MAX_PAIR_DELAY, now));
    }

    public void failed(String login, String address) {
        failed(List.of(login), address);
    }

    /**
     * Counts one failed attempt against each of these logins of one account, and one
     * against the address.
     */
    public void failed(List<String> logins, String address) {
        Instant now = this.clock.instant();
        if (this.failures.size() > MAX_ENTRIES) {
            this.failures.values().removeIf((f) -> f.last.plus(WINDOW).isBefore(now));
        }
        List<String> keys = new ArrayList<>();
        for (String login : logins) {
            keys.add(pairKey(login, address));
            keys.add(loginKey(login));
        }
        keys.add(addressKey(address));
        for (String key : keys) {
            this.failures.compute(key, (k, f) -> (f == null || f.last.plus(WINDOW).isBefore(now)) ? new Failures(1, now)
                    : new Failures(f.count + 1, now));
        }
    }

    public void succeeded(String login, String address) {
        succeeded(List.of(login), address);
    }

    /** Forgets the failures of these logins of one account. */
    public void succeeded(List<String> logins, String address) {
        for (String login : logins) {
            this.failures.remove(pairKey(login, address));
            this.failures.remove(loginKey(login));
        }
    }

    /** A wait as the pages say it: in whole minutes, at least one. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private Duration remaining(String key, int freeAttempts, Duration cap, Instant now) {
        Failures f = this.failures.get(key);
        if (f == null || f.count < freeAttempts || f.last.plus(WINDOW).isBefore(now)) {
            return Duration.ZERO;
        }
        int excess = Math.min(f.count - freeAttempts, 10);
        Duration delay = Duration.ofSeconds(30L << excess);
        if (delay.compareTo(cap) > 0) {
            delay = cap;
        }
        Duration left = Duration.between(now, f.last.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration max(Duration a, Duration b) {
        return (a.compareTo(b) >= 0) ? a : b;
    }

    private static String pairKey(String login, String address) {
        return "pair:" + normalise(login) + "|" + address;
    }

    private static String loginKey(String login) {
        return "login:" + normalise(login);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String normalise(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {

    }

}
