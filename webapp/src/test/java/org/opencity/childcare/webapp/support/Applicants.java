package org.opencity.childcare.webapp.support;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * People who apply, and the files they attach. Camille Martin is a parent in the city
 * centre with a toddler; each test gives her an address of her own, because every
 * full-application test shares one repository.
 */
public final class Applicants {

    /** A password that meets the policy and shares nothing with the personas' data. */
    public static final String GOOD_PASSWORD = "violon cactus marée nocturne";

    /** Another acceptable password, for a second choice. */
    public static final String OTHER_GOOD_PASSWORD = "girafe orageuse sous le kiosque";

    private static final AtomicInteger counter = new AtomicInteger();

    private Applicants() {
    }

    /**
     * An e-mail address no other test uses, such as
     * {@code camille.7.1f3a9c2e@example.org}.
     */
    public static String uniqueEmail(String who) {
        String random = UUID.randomUUID().toString().substring(0, 8);
        return who + "." + counter.incrementAndGet() + "." + random + "@example.org";
    }

    /**
     * Camille Martin's registration form, complete and valid; change fields to test one.
     */
    public static MultiValueMap<String, String> family(String email) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("kind", "FAMILY");
        fields.add("firstName", "Camille");
        fields.add("lastName", "Martin");
        fields.add("email", email);
        fields.add("phone", "06 12 34 56 78");
        fields.add("postalAddress", "12 rue des Lilas");
        fields.add("neighbourhood", "centre");
        fields.add("children[0].month", "3");
        fields.add("children[0].year", String.valueOf(Year.now().getValue() - 1));
        fields.add("privacyAccepted", "true");
        return fields;
    }

    /** A small, real-looking PDF: a proof of address. */
    public static MockMultipartFile proofOfAddress() {
        return pdf("justificatif-domicile.pdf", 2_000);
    }

    /** A PDF of {@code size} bytes, recognisable by its signature. */
    public static MockMultipartFile pdf(String fileName, int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        byte[] trailer = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(trailer, 0, content, size - trailer.length, trailer.length);
        return new MockMultipartFile("documents", fileName, "application/pdf", content);
    }

    /** A shell script under a PDF name, as someone might try to slip one in. */
    public static MockMultipartFile scriptNamedPdf(String fileName) {
        byte[] content = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        return new MockMultipartFile("documents", fileName, "application/pdf", content);
    }

}
