package org.opencity.childcare.member;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.member.DocumentCheck.Accepted;
import org.opencity.childcare.member.DocumentCheck.Problem;
import org.opencity.childcare.member.DocumentCheck.Rejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for {@link DocumentType} and the checks of {@link UploadedDocument}.
 */
class DocumentTypeTest {

    private static final byte[] PDF = ascii("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n");

    private static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F');

    private static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 13, 10, 0x1A, 10, 0, 0, 0, 13);

    @Test
    void detectWhenPdfHeaderShouldReturnPdf() {
        assertThat(DocumentType.detect(PDF)).contains(DocumentType.PDF);
    }

    @Test
    void detectWhenJpegHeaderShouldReturnJpeg() {
        assertThat(DocumentType.detect(JPEG)).contains(DocumentType.JPEG);
    }

    @Test
    void detectWhenPngHeaderShouldReturnPng() {
        assertThat(DocumentType.detect(PNG)).contains(DocumentType.PNG);
    }

    @Test
    void detectWhenContentIsShorterThanSignatureShouldReturnEmpty() {
        assertThat(DocumentType.detect(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(DocumentType.detect(ascii("%PDF"))).isEmpty();
    }

    @Test
    void checkWhenShellScriptIsNamedPdfShouldRefuseAsUnsupported() {
        byte[] script = ascii("#!/bin/sh\nrm -rf /");

        DocumentCheck check = UploadedDocument.check("attestation.pdf", script);

        assertThat(check).isEqualTo(new Rejected(Problem.UNSUPPORTED_TYPE, "attestation.pdf"));
    }

    @Test
    void checkWhenPdfShouldAcceptAsPdf() {
        UploadedDocument document = accepted(UploadedDocument.check("attestation CAF.pdf", PDF));

        assertThat(document.type()).isEqualTo(DocumentType.PDF);
        assertThat(document.type().mediaType()).isEqualTo("application/pdf");
        assertThat(document.fileName()).isEqualTo("attestation CAF.pdf");
        assertThat(document.content()).isEqualTo(PDF);
    }

    @Test
    void checkWhenJpegIsNamedJpegShouldAcceptWithJpgExtension() {
        UploadedDocument document = accepted(UploadedDocument.check("carte-identite.JPEG", JPEG));

        assertThat(document.type().mediaType()).isEqualTo("image/jpeg");
        assertThat(document.fileName()).isEqualTo("carte-identite.jpg");
    }

    @Test
    void checkWhenPngIsNamedPdfShouldAcceptAsPngNamedPng() {
        UploadedDocument document = accepted(UploadedDocument.check("photo.pdf", PNG));

        assertThat(document.type()).isEqualTo(DocumentType.PNG);
        assertThat(document.type().mediaType()).isEqualTo("image/png");
        assertThat(document.fileName()).isEqualTo("photo.png");
    }

    @Test
    void checkWhenNameHasNoExtensionShouldAddTheTypesExtension() {
        assertThat(storedName("scan du 03.2024")).isEqualTo("scan du 03.2024.pdf");
    }

    @Test
    void checkWhenFileHasOneByteMoreThanFiveMegabytesShouldRefuseAsTooLarge() {
        byte[] content = pdfOfSize(5 * 1024 * 1024 + 1);

        DocumentCheck check = UploadedDocument.check("scan.pdf", content);

        assertThat(check).isEqualTo(new Rejected(Problem.TOO_LARGE, "scan.pdf"));
    }

    @Test
    void checkWhenFileHasExactlyFiveMegabytesShouldAccept() {
        byte[] content = pdfOfSize(5 * 1024 * 1024);

        UploadedDocument document = accepted(UploadedDocument.check("scan.pdf", content));

        assertThat(document.fileName()).isEqualTo("scan.pdf");
        assertThat(document.content()).hasSize(UploadedDocument.MAX_BYTES);
    }

    @Test
    void checkWhenFileIsEmptyShouldRefuseAsEmpty() {
        DocumentCheck check = UploadedDocument.check("scan.pdf", new byte[0]);

        assertThat(check).isEqualTo(new Rejected(Problem.EMPTY, "scan.pdf"));
    }

    @Test
    void checkWhenNameClimbsFoldersShouldKeepOnlyTheBaseName() {
        assertThat(storedName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
    }

    @Test
    void checkWhenNameIsWindowsPathShouldKeepOnlyTheBaseName() {
        assertThat(storedName("C:\\Users\\marie\\CAF.pdf")).isEqualTo("CAF.pdf");
    }

    @Test
    void checkWhenNameHasAccentsAndSymbolsShouldReplaceThem() {
        String stored = storedName("Pièce d’identité (recto) #2.pdf");

        assertThat(stored).isEqualTo("Piece d_identite _recto_ _2.pdf");
    }

    @Test
    void checkWhenNameHasNoUsableCharacterShouldNameItDocument() {
        assertThat(storedName("..")).isEqualTo("document.pdf");
        assertThat(storedName("شهادة.pdf")).isEqualTo("document.pdf");
        assertThat(storedName(null)).isEqualTo("document.pdf");
    }

    @Test
    void checkWhenNameIsVeryLongShouldShortenItToHundredCharactersKeepingTheExtension() {
        String stem = "attestation-".repeat(20);

        String fileName = storedName(stem + ".pdf");

        assertThat(fileName).isEqualTo(stem.substring(0, 96) + ".pdf");
        assertThat(fileName).hasSize(UploadedDocument.MAX_NAME_LENGTH);
    }

    @Test
    void checkWhenRefusedShouldShowTheNameAsSentWithoutFolders() {
        byte[] heic = ascii("....ftypheic");

        DocumentCheck check = UploadedDocument.check("C:\\Photos\\Pièce identité.heic", heic);

        assertThat(check).isEqualTo(new Rejected(Problem.UNSUPPORTED_TYPE, "Pièce identité.heic"));
    }

    @Test
    void constructorWhenContentIsNotOfTheTypeShouldFail() {
        assertThatThrownBy(() -> new UploadedDocument("photo.pdf", DocumentType.PDF, PNG))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShouldShowNeitherTheNameNorTheContent() {
        UploadedDocument document = accepted(UploadedDocument.check("Dupont Marie.pdf", PDF));

        assertThat(document.toString()).doesNotContain("Dupont").doesNotContain("%PDF");
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void messageKeyWhenAnyProblemShouldNameTheFileInFrenchAndEnglish(Problem problem) {
        Messages messages = Messages.module();

        String french = messages.get(problem.messageKey(), Locale.FRENCH, "scan.pdf");
        String english = messages.get(problem.messageKey(), Locale.ENGLISH, "scan.pdf");

        assertThat(french).contains("« scan.pdf »").doesNotContain("'");
        assertThat(messages.has(problem.messageKey(), Locale.ENGLISH)).isTrue();
        assertThat(english).contains("“scan.pdf”");
    }

    private static String storedName(@Nullable String originalFileName) {
        return accepted(UploadedDocument.check(originalFileName, PDF)).fileName();
    }

    private static UploadedDocument accepted(DocumentCheck check) {
        assertThat(check).isInstanceOf(Accepted.class);
        return ((Accepted) check).document();
    }

    private static byte[] pdfOfSize(int size) {
        byte[] content = Arrays.copyOf(PDF, size);
        Arrays.fill(content, PDF.length, size, (byte) ' ');
        return content;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

}
