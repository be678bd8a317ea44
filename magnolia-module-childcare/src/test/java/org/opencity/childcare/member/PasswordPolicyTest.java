package org.opencity.childcare.member;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencity.childcare.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PasswordPolicy}.
 */
class PasswordPolicyTest {

    /** Loading zxcvbn's dictionaries takes a moment: one policy serves every test. */
    private static final PasswordPolicy POLICY = new PasswordPolicy();

    /** What Marie Dupont typed in the registration form. */
    private static final List<String> MARIE = List.of("marie.dupont@example.fr", "mdupont75");

    private static final String SENTENCE = "la cabane bleue du jardin chante sous la pluie "
            + "pendant que trois hiboux roux lisent le journal du matin ";

    @Test
    void checkWhenPassphraseIsGoodShouldAccept() {
        assertThat(POLICY.check("la cabane bleue du jardin chante", MARIE)).isEmpty();
    }

    @Test
    void checkWhenPassphraseIsLowercaseLettersOnlyShouldAccept() {
        assertThat(POLICY.check("lecafeduportfermetoujoursatroisheures", MARIE)).isEmpty();
    }

    @Test
    void checkWhenPasswordHasElevenCharactersShouldRefuseAsTooShort() {
        assertThat(POLICY.check("Tr0ub4dor&3", MARIE)).contains(PasswordProblem.TOO_SHORT);
    }

    @Test
    void checkWhenPasswordIsEmptyShouldRefuseAsTooShort() {
        assertThat(POLICY.check("", MARIE)).contains(PasswordProblem.TOO_SHORT);
    }

    @Test
    void checkWhenPassphraseHas64CharactersShouldAccept() {
        String password = SENTENCE.substring(0, 64);

        assertThat(POLICY.check(password, MARIE)).isEmpty();
    }

    @Test
    void checkWhenPassphraseHas128CharactersShouldAccept() {
        String password = (SENTENCE + SENTENCE).substring(0, 128);

        assertThat(POLICY.check(password, MARIE)).isEmpty();
    }

    @Test
    void checkWhenPasswordHas129CharactersShouldRefuseAsTooLong() {
        String password = (SENTENCE + SENTENCE).substring(0, 129);

        assertThat(POLICY.check(password, MARIE)).contains(PasswordProblem.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = { "azerty123456", "motdepasse2024!", "Mot de passe 2024 !" })
    void checkWhenPasswordIsCommonInFranceShouldRefuseAsTooCommon(String password) {
        assertThat(POLICY.check(password, MARIE)).contains(PasswordProblem.TOO_COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Marseille13013", "JeTaime2023!!!", "123456789!!!", "2024chouchou" })
    void checkWhenCommonWordHasDigitsOrSymbolsAroundShouldRefuseAsTooCommon(String password) {
        assertThat(POLICY.check(password, MARIE)).contains(PasswordProblem.TOO_COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = { "qwerty123456", "leavemealone", "1qaz2wsx3edc" })
    void checkWhenPasswordIsInZxcvbnPasswordListShouldRefuseAsTooCommon(String password) {
        assertThat(POLICY.check(password, MARIE)).contains(PasswordProblem.TOO_COMMON);
    }

    @Test
    void checkWhenCommonWordIsOnlyPartOfPassphraseShouldAccept() {
        assertThat(POLICY.check("soleil de minuit sur le toit des marchands", MARIE)).isEmpty();
    }

    @Test
    void checkWhenPasswordContainsEmailLocalPartShouldRefuse() {
        String password = "Marie.Dupont et le hibou roux";

        assertThat(POLICY.check(password, MARIE)).contains(PasswordProblem.CONTAINS_PERSONAL_DATA);
    }

    @Test
    void checkWhenPasswordContainsOneWordOfEmailShouldRefuse() {
        String password = "DUPONT et le hibou roux du jardin";

        assertThat(POLICY.check(password, MARIE)).contains(PasswordProblem.CONTAINS_PERSONAL_DATA);
    }

    @Test
    void checkWhenPasswordContainsNameWithoutItsAccentsShouldRefuse() {
        List<String> inputs = List.of("Hélène", "Brûlé");

        assertThat(POLICY.check("helene voit trois hiboux roux", inputs))
            .contains(PasswordProblem.CONTAINS_PERSONAL_DATA);
    }

    @Test
    void checkWhenPersonalInputIsShorterThanFourCharactersShouldIgnoreIt() {
        List<String> inputs = List.of("Li", "Bo", "li@example.fr");

        assertThat(POLICY.check("la cabane bleue du jardin chante", inputs)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "abcdefghijklmnop", "aaaaaaaaaaaaaaaa", "jetaimejetaime" })
    void checkWhenPasswordRepeatsOrFollowsASequenceShouldRefuseAsTooGuessable(String password) {
        assertThat(POLICY.check(password, MARIE)).contains(PasswordProblem.TOO_GUESSABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "iloveyou12345", "0102198001021980", "doudouchouchou" })
    void checkWhenPasswordJoinsCommonWordsOrDatesShouldRefuseAsTooGuessable(String password) {
        assertThat(POLICY.check(password, MARIE)).contains(PasswordProblem.TOO_GUESSABLE);
    }

    @Test
    void checkWhenDecomposedPassphraseHasElevenCharactersShouldRefuseAsTooShort() {
        String composed = "été à noël ";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertThat(decomposed.codePointCount(0, decomposed.length())).isEqualTo(15);
        assertThat(POLICY.check(decomposed, MARIE)).contains(PasswordProblem.TOO_SHORT);
    }

    @Test
    void checkWhenDecomposedPassphraseHas128CharactersShouldAccept() {
        String accented = "où l’âne tête près du château fermé ";
        String composed = (accented + SENTENCE + SENTENCE).substring(0, 128);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertThat(decomposed.codePointCount(0, decomposed.length())).isGreaterThan(128);
        assertThat(POLICY.check(decomposed, MARIE)).isEmpty();
        assertThat(POLICY.check(composed, MARIE)).isEmpty();
    }

    @Test
    void normalizeWhenTypedDecomposedShouldEqualTypedComposed() {
        String composed = "crème brûlée à l’érable";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(PasswordPolicy.normalize(decomposed)).isEqualTo(composed);
    }

    @ParameterizedTest
    @EnumSource(PasswordProblem.class)
    void messageKeyWhenAnyProblemShouldHaveFrenchAndEnglishText(PasswordProblem problem) {
        assertHasTexts(problem.messageKey());
    }

    @Test
    void rulesMessageKeyShouldHaveFrenchAndEnglishTextGivingTheMinimumLength() {
        String rules = Messages.module().get(PasswordPolicy.RULES_MESSAGE_KEY, Locale.FRENCH);

        assertHasTexts(PasswordPolicy.RULES_MESSAGE_KEY);
        assertThat(rules).contains("12 caractères");
    }

    private static void assertHasTexts(String key) {
        Messages messages = Messages.module();
        assertThat(messages.has(key, Locale.FRENCH)).as("French text of %s", key).isTrue();
        assertThat(messages.has(key, Locale.ENGLISH)).as("English text of %s", key).isTrue();
        assertThat(messages.get(key, Locale.FRENCH)).doesNotContain("'");
    }

}
