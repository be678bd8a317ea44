package org.opencity.childcare.webapp.rendering.definition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opencity.childcare.webapp.config.ChildcareProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the host reads definitions: the module's from its jar, light modules' from their
 * folder, where an edit shows without restart and a broken edit does not take the site
 * down.
 */
class DefinitionsTest {

    @TempDir
    Path lightModules;

    @Test
    void moduleAndLightModuleDefinitionsShouldBeReadWithTheirIds() throws IOException {
        write("demo/templates/components/hello.yaml", "templateScript: /demo/templates/components/hello.ftl\n"
                + "dialog: demo:components/hello\nparameters: {serviceView: false}\n");
        write("demo/dialogs/components/hello.yaml", """
                label: demo.hello.label
                form:
                  properties:
                    title: {$type: textField, label: demo.hello.title, required: true, maxLength: 80}
                    level:
                      $type: comboBoxField
                      datasource:
                        $type: optionListDatasource
                        options: [{name: info, value: info, label: demo.info}]
                """);

        Definitions definitions = new Definitions(properties());

        assertThat(definitions.template("childcare:components/adSearch")).get()
            .extracting(TemplateDefinition::templateScript)
            .isEqualTo("/childcare/templates/components/adSearch.ftl");
        assertThat(definitions.template("demo:components/hello")).get()
            .extracting(TemplateDefinition::dialog)
            .isEqualTo("demo:components/hello");
        DialogDefinition dialog = definitions.dialog("demo:components/hello").orElseThrow();
        assertThat(dialog.field("title")).get().satisfies((field) -> {
            assertThat(field.required()).isTrue();
            assertThat(field.maxLength()).isEqualTo(80);
        });
        assertThat(dialog.field("level").orElseThrow().options()).extracting(FieldDefinition.Option::value)
            .containsExactly("info");
    }

    @Test
    void lightModuleEditShouldShowWithoutRestartAndABrokenEditShouldKeepTheLastGoodOne() throws Exception {
        Path file = write("demo/templates/pages/page.yaml", "templateScript: /demo/one.ftl\n");
        Definitions definitions = new Definitions(properties());
        assertThat(definitions.template("demo:pages/page").orElseThrow().templateScript()).isEqualTo("/demo/one.ftl");

        Files.writeString(file, "templateScript: /demo/two.ftl\nareas: {main: {type: list}}\n");
        touch(file, 10);
        Thread.sleep(2100);

        TemplateDefinition edited = definitions.template("demo:pages/page").orElseThrow();
        assertThat(edited.templateScript()).isEqualTo("/demo/two.ftl");
        assertThat(edited.areas()).containsKey("main");

        Files.writeString(file, "templateScript: [unclosed\n");
        touch(file, 20);
        Thread.sleep(2100);

        assertThat(definitions.template("demo:pages/page").orElseThrow().templateScript()).isEqualTo("/demo/two.ftl");
    }

    @Test
    void unsupportedFieldTypeShouldBeRefusedWithTheFileAndFieldNamed() throws IOException {
        write("demo/dialogs/components/bad.yaml", "form: {properties: {when: {$type: twinColSelectField}}}\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Definitions(properties()))
            .isInstanceOf(InvalidDefinitionException.class)
            .hasMessageContaining("when")
            .hasMessageContaining("demo:components/bad")
            .hasMessageContaining("twinColSelectField");
    }

    private ChildcareProperties properties() {
        return new ChildcareProperties("./data", "http://localhost", null, null, null, null,
                this.lightModules.toString());
    }

    private Path write(String relative, String text) throws IOException {
        Path file = this.lightModules.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /**
     * Moves the file's time on, as an editor's save would, whatever the clock's grain.
     */
    private static void touch(Path file, int seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(seconds)));
    }

}
