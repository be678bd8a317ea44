package org.opencity.childcare.webapp.backoffice.pages;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Recognises the images an editor may upload by their first bytes, whatever the browser
 * declared: a file renamed {@code photo.png} is still refused if it is not a PNG, so that
 * nothing but an image is ever served from the site.
 */
final class ImageTypes {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private ImageTypes() {
    }

    /** The media type of the image these bytes start with; null for anything else. */
    static @Nullable String of(byte[] bytes) {
        if (startsWith(bytes, 0, PNG)) {
            return "image/png";
        }
        if (startsWith(bytes, 0, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0, GIF87) || startsWith(bytes, 0, GIF89)) {
            return "image/gif";
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

}
