package org.opencity.childcare.member;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.Match;
import org.apache.commons.lang3.StringUtils;

/**
 * Judges a new password as the CNIL recommends (2022): by its estimated strength,
 * refusing common passwords and passwords built on the person's own data, with no
 * composition rule, so that a long passphrase of ordinary words is welcome.
 *
 * <p>
 * Building a policy loads zxcvbn's dictionaries, which takes a few hundred milliseconds:
 * build one and share it. {@link #check} may be called from several threads at once.
 */
public final class PasswordPolicy {

    /** Fewest characters accepted, counted in code points after NFC normalisation. */
    public static final int MIN_LENGTH = 12;

    /** Most characters accepted, enough for a passphrase of a dozen words. */
    public static final int MAX_LENGTH = 128;

    /** The message bundle key of the hint shown under every new-password field. */
    public static final String RULES_MESSAGE_KEY = "childcare.password.rules";

    /**
     * How many leading code points zxcvbn measures. zxcvbn4j's time grows faster than the
     * square of the length, and much faster on digits and symbols it must try as "l33t"
     * letters: on our build machine 128 such characters took about a second, 100 about
     * 0.6 s and 64 about 0.25 s, which would let anyone load the server by posting long
     * passwords. Judging a prefix can only make the verdict stricter, and 64 characters
     * that are guessable on their own are not worth accepting.
     */
    static final int MEASURED_LENGTH = 64;

    /** zxcvbn's score 3 means at least 10^8 guesses, out of reach of online guessing. */
    private static final int MIN_SCORE = 3;

    /**
     * Shorter personal inputs (initials, a two-letter name) would refuse too many
     * passphrases.
     */
    private static final int MIN_PERSONAL_LENGTH = 4;

    private static final String COMMON_PASSWORDS_FR = "common-passwords-fr.txt";

    private static final String PASSWORDS_FR = "passwords_fr";

    private static final String PASSWORDS_EN = StandardDictionaries.PASSWORDS;

    private static final Set<String> COMMON_LISTS = Set.of(PASSWORDS_EN, PASSWORDS_FR);

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Pattern SURROUNDING_DIGITS = Pattern.compile("^\\p{N}+|\\p{N}+$");

    private final Set<String> commonPasswordsFr;

    private final Zxcvbn zxcvbn;

    /** Loads zxcvbn's dictionaries and the list of common French passwords. */
    public PasswordPolicy() {
        List<String> frenchList = readCommonPasswordsFr();
        this.commonPasswordsFr = Set.copyOf(frenchList);
        this.zxcvbn = buildZxcvbn(frenchList);
    }

    /**
     * The form of a password to check and to hash: NFC, so that a passphrase with accents
     * typed on one device matches the same passphrase typed on another.
     */
    public static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    /**
     * The first reason to refuse {@code password}, or empty if it is acceptable.
     * @param password the password as typed
     * @param userInputs what the person told us about themselves: e-mail address (only
     * its local part counts), identifier, first and last names
     * @return the problem to show, if any
     */
    public Optional<PasswordProblem> check(String password, List<String> userInputs) {
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        if (isCommonInFrench(normalized)) {
            return Optional.of(PasswordProblem.TOO_COMMON);
        }
        List<String> personal = personalTokens(userInputs);
        if (containsAny(fold(normalized), personal)) {
            return Optional.of(PasswordProblem.CONTAINS_PERSONAL_DATA);
        }

        return judgeStrength(normalized, personal);
    }

    private Optional<PasswordProblem> judgeStrength(String password, List<String> personal) {
        String measured = firstCodePoints(password, MEASURED_LENGTH);
        Strength strength = this.zxcvbn.measure(measured, personal);

        if (isOneCommonPassword(strength)) {
            return Optional.of(PasswordProblem.TOO_COMMON);
        }
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of(PasswordProblem.TOO_GUESSABLE);
        }
        return Optional.empty();
    }

    /**
     * Whether the password is a common one with only digits or symbols around it, and
     * spaces or punctuation inside: "Mot de passe 2024 !" is "motdepasse".
     */
    private boolean isCommonInFrench(String password) {
        String compact = NOT_LETTER_OR_DIGIT.matcher(fold(password)).replaceAll("");
        String core = SURROUNDING_DIGITS.matcher(compact).replaceAll("");
        return this.commonPasswordsFr.contains(compact) || this.commonPasswordsFr.contains(core);
    }

    /**
     * Whether zxcvbn found the whole password to be one entry of a common-password list.
     */
    private static boolean isOneCommonPassword(Strength strength) {
        List<Match> sequence = strength.getSequence();
        if (sequence.size() != 1) {
            return false;
        }
        Match match = sequence.get(0);
        boolean dictionary = match.pattern == com.nulabinc.zxcvbn.Pattern.Dictionary;
        return dictionary && COMMON_LISTS.contains(match.dictionaryName);
    }

    /** The inputs and their words, folded, keeping those long enough to be telling. */
    private static List<String> personalTokens(List<String> userInputs) {
        List<String> tokens = new ArrayList<>();
        for (String input : userInputs) {
            String folded = fold(localPart(input)).strip();
            tokens.add(folded);
            tokens.addAll(Arrays.asList(NOT_LETTER_OR_DIGIT.split(folded)));
        }
        return tokens.stream()
            .filter((token) -> token.codePointCount(0, token.length()) >= MIN_PERSONAL_LENGTH)
            .distinct()
            .toList();
    }

    private static boolean containsAny(String text, List<String> tokens) {
        return tokens.stream().anyMatch(text::contains);
    }

    private static String localPart(String input) {
        int at = input.lastIndexOf('@');
        return (at > 0) ? input.substring(0, at) : input;
    }

    /** Lower case without accents, so that "Hélène" and "helene" compare equal. */
    private static String fold(String text) {
        return StringUtils.stripAccents(normalize(text).toLowerCase(Locale.ROOT));
    }

    private static String firstCodePoints(String text, int count) {
        if (text.codePointCount(0, text.length()) <= count) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, count));
    }

    private static List<String> readCommonPasswordsFr() {
        InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS_FR);
        if (in == null) {
            throw new IllegalStateException("Missing resource '" + COMMON_PASSWORDS_FR + "'");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new BufferedReader(reader).lines()
                .map(String::strip)
                .filter((line) -> !line.isEmpty() && !line.startsWith("#"))
                .map(PasswordPolicy::fold)
                .distinct()
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read '" + COMMON_PASSWORDS_FR + "'", ex);
        }
    }

    /**
     * zxcvbn with its standard dictionaries and keyboards, plus the French list as a
     * dictionary of its own, so that French words also weaken a password they are only
     * part of.
     */
    private static Zxcvbn buildZxcvbn(List<String> commonPasswordsFr) {
        // TODO: zxcvbn4j has no AZERTY keyboard graph, so walks along French keyboard
        // rows are caught only when a list holds them (azerty, qsdfgh, wxcvbn...); an
        // AZERTY layout loaded with AlignedKeyboardLoader would catch the others.
        try {
            return new ZxcvbnBuilder().dictionaries(StandardDictionaries.loadAllDictionaries())
                .dictionary(new Dictionary(PASSWORDS_FR, commonPasswordsFr))
                .keyboards(StandardKeyboards.loadAllKeyboards())
                .build();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not load zxcvbn's dictionaries", ex);
        }
    }

}
