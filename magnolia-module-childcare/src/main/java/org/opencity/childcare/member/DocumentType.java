package org.opencity.childcare.member;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a member may attach to an application, recognised by their first
 * bytes whatever their name claims.
 */
public enum DocumentType {

    PDF("application/pdf", "pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),

    JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),

    PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

    private final String mediaType;

    private final String extension;

    private final byte[] signature;

    DocumentType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    /** The media type to store and to send back, such as {@code application/pdf}. */
    public String mediaType() {
        return this.mediaType;
    }

    /** The file name extension without its dot, such as {@code pdf}. */
    public String extension() {
        return this.extension;
    }

    /**
     * The type whose signature {@code content} starts with; empty for anything else. The
     * file name and the browser's declared type are never consulted: both are chosen by
     * the sender.
     */
    public static Optional<DocumentType> detect(byte[] content) {
        return Arrays.stream(values()).filter((type) -> type.isSignatureOf(content)).findFirst();
    }

    private boolean isSignatureOf(byte[] content) {
        int length = this.signature.length;
        if (content.length < length) {
            return false;
        }
        return Arrays.equals(content, 0, length, this.signature, 0, length);
    }

}
