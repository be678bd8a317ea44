package org.opencity.childcare.webapp.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.webapp.security.StaffActionRefusedException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The staff accounts as stored, in a repository of their own where the test knows every
 * account: the last active webmaster cannot be disabled, a user name is taken whatever
 * its case, and every change that must end sessions raises the account's session version.
 */
class StaffAccountsTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private StaffAccounts accounts;

    @BeforeEach
    void twoWebmastersAndAnEditor() throws Exception {
        repository.clean();
        this.accounts = new StaffAccounts(new JcrTemplate(repository.sessionFactory()));
        this.accounts.createIfAbsent(new StaffAccount("anne", "Anne", Roles.WEBMASTER, "{noop}hash-a"));
        this.accounts.createIfAbsent(new StaffAccount("bruno", "Bruno", Roles.WEBMASTER, "{noop}hash-b"));
        this.accounts.createIfAbsent(new StaffAccount("chloe", "Chloé", Roles.EDITOR, "{noop}hash-c"));
    }

    @Test
    void disableWhenTheOnlyOtherWebmasterIsDisabledShouldBeRefusedUntilOneIsActiveAgain() {
        // Anne disables Bruno while Bruno, on a page opened just before, disables Anne.
        this.accounts.disable("bruno");

        assertThatThrownBy(() -> this.accounts.disable("anne")).isInstanceOf(StaffActionRefusedException.class)
            .extracting((ex) -> ((StaffActionRefusedException) ex).reason())
            .isEqualTo(Reason.LAST_ACTIVE_WEBMASTER);
        assertThat(this.accounts.find("anne")).get().extracting(StaffAccount::active).isEqualTo(true);
        assertThat(this.accounts.disable("chloe").active()).as("an editor, whatever the webmasters").isFalse();

        this.accounts.enable("bruno");

        assertThat(this.accounts.disable("anne").active()).isFalse();
    }

    @Test
    void disableOrEnableTwiceShouldBeRefusedTheSecondTime() {
        this.accounts.disable("chloe");

        assertThatThrownBy(() -> this.accounts.disable("chloe"))
            .extracting((ex) -> ((StaffActionRefusedException) ex).reason())
            .isEqualTo(Reason.ALREADY_DISABLED);
        this.accounts.enable("chloe");
        assertThatThrownBy(() -> this.accounts.enable("chloe"))
            .extracting((ex) -> ((StaffActionRefusedException) ex).reason())
            .isEqualTo(Reason.ALREADY_ACTIVE);
    }

    @Test
    void userNameShouldBeTakenWhateverItsCase() {
        boolean created = this.accounts.createIfAbsent(new StaffAccount("Anne", "Anne bis", Roles.EDITOR, "{noop}x"));

        assertThat(created).isFalse();
        assertThat(this.accounts.list()).extracting(StaffAccount::username).containsExactly("anne", "bruno", "chloe");
        assertThat(this.accounts.find("anne")).get().extracting(StaffAccount::displayName).isEqualTo("Anne");
    }

    @Test
    void changesThatEndSessionsShouldRaiseTheSessionVersionAndReEnablingShouldNot() {
        long start = this.accounts.find("chloe").orElseThrow().sessionVersion();

        StaffAccount newPassword = this.accounts.changePassword("chloe", "{noop}nouveau", true);
        StaffAccount reset = this.accounts.endSessions("chloe");
        StaffAccount disabled = this.accounts.disable("chloe");
        StaffAccount enabled = this.accounts.enable("chloe");

        assertThat(newPassword.passwordHash()).isEqualTo("{noop}nouveau");
        assertThat(newPassword.provisionalPassword()).as("a password handed out is marked as such").isTrue();
        assertThat(this.accounts.changePassword("chloe", "{noop}le sien", false).provisionalPassword()).isFalse();
        assertThat(newPassword.sessionVersion()).isEqualTo(start + 1);
        assertThat(reset.sessionVersion()).isEqualTo(start + 2);
        assertThat(disabled.sessionVersion()).isEqualTo(start + 3);
        assertThat(enabled.sessionVersion()).as("former sessions stay ended").isEqualTo(start + 3);
        assertThat(enabled.active()).isTrue();
    }

    @Test
    void findShouldIgnoreNamesNoAccountCanHave() {
        assertThat(this.accounts.find("anne\u0000")).isEmpty();
        assertThat(this.accounts.find("../anne")).isEmpty();
        assertThat(this.accounts.find(" anne ")).get().extracting(StaffAccount::username).isEqualTo("anne");
    }

}
