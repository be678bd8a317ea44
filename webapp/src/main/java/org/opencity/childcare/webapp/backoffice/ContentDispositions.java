package org.opencity.childcare.webapp.backoffice;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} values as RFC 6266 recommends: a plain ASCII
 * {@code filename} for old clients and the exact name as {@code filename*} in UTF-8.
 */
final class ContentDispositions {

    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

    private static final String HEX = "0123456789ABCDEF";

    private ContentDispositions() {
    }

    /** Asks the browser to show the file itself, under this name if saved. */
    static String inline(String fileName) {
        return withName("inline", fileName);
    }

    /** Asks the browser to save the file under this name. */
    static String attachment(String fileName) {
        return withName("attachment", fileName);
    }

    private static String withName(String type, String fileName) {
        String fallback = asciiFallback(fileName);
        return type + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + percentEncode(fileName);
    }

    /**
     * The name with anything but printable ASCII, quotes and backslashes replaced by '_'.
     */
    static String asciiFallback(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach((c) -> ascii.append(isPlainAscii(c) ? (char) c : '_'));
        return ascii.toString();
    }

    private static boolean isPlainAscii(int c) {
        return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
    }

    /** The UTF-8 bytes as RFC 8187 writes them: letters, digits and a few marks kept. */
    static String percentEncode(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            }
            else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return encoded.toString();
    }

    private static boolean isAttrChar(int c) {
        boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return letterOrDigit || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0;
    }

}
