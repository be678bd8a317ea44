package org.opencity.childcare.member;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.opencity.childcare.member.DocumentCheck.Accepted;
import org.opencity.childcare.member.DocumentCheck.Problem;
import org.opencity.childcare.member.DocumentCheck.Rejected;

/**
 * A document accepted for an application: a file name safe to store and to offer for
 * download, the type read from the content, and the content itself. Build one with
 * {@link #check}.
 *
 * @param fileName letters, digits, dots, spaces, hyphens and underscores only, at most
 * {@value #MAX_NAME_LENGTH} characters, ending with the type's extension
 * @param type the type detected from the content
 * @param content the file's bytes, not copied: do not change them afterwards
 */
public record UploadedDocument(String fileName, DocumentType type, byte[] content) {

    /** The largest file accepted: 5 MiB, enough for a scan or a phone photo. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** How many documents one application may carry. */
    public static final int MAX_COUNT = 3;

    /** The longest stored file name, extension included. */
    public static final int MAX_NAME_LENGTH = 100;

    private static final String DEFAULT_STEM = "document";

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._ -]");

    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z][A-Za-z0-9]{0,4}$");

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[A-Za-z0-9]");

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    /**
     * Refuses a document that {@link #check} would not have produced.
     */
    public UploadedDocument {
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("Size out of range: " + content.length + " bytes");
        }
        if (DocumentType.detect(content).filter(type::equals).isEmpty()) {
            throw new IllegalArgumentException("The content is not of type " + type);
        }
        if (!fileName.equals(safeFileName(fileName, type))) {
            throw new IllegalArgumentException("The file name is not a safe name for " + type);
        }
    }

    /**
     * Accepts a file if it is not empty, not larger than {@link #MAX_BYTES} and, judging
     * by its content alone, a PDF, a JPEG or a PNG. The accepted document is renamed:
     * folders dropped, accents removed, other unusual characters replaced by '_',
     * shortened to {@value #MAX_NAME_LENGTH} characters, and given the extension of its
     * real type.
     * @param originalFileName the name the browser sent, possibly with folders
     * @param content the file's bytes
     * @return the accepted document or the reason for refusing it
     */
    public static DocumentCheck check(@Nullable String originalFileName, byte[] content) {
        String name = (originalFileName != null) ? originalFileName : "";
        if (content.length == 0) {
            return new Rejected(Problem.EMPTY, displayName(name));
        }
        if (content.length > MAX_BYTES) {
            return new Rejected(Problem.TOO_LARGE, displayName(name));
        }
        Optional<DocumentType> type = DocumentType.detect(content);
        if (type.isEmpty()) {
            return new Rejected(Problem.UNSUPPORTED_TYPE, displayName(name));
        }

        String fileName = safeFileName(name, type.get());
        return new Accepted(new UploadedDocument(fileName, type.get(), content));
    }

    /** The name as the person knows it, without folders or invisible characters. */
    private static String displayName(String originalFileName) {
        String shown = INVISIBLE.matcher(baseName(originalFileName)).replaceAll("").strip();
        if (shown.isEmpty()) {
            return DEFAULT_STEM;
        }
        return StringUtils.abbreviate(shown, "…", MAX_NAME_LENGTH);
    }

    private static String safeFileName(String originalFileName, DocumentType type) {
        String ascii = StringUtils.stripAccents(baseName(originalFileName).strip());
        String safe = UNSAFE.matcher(ascii).replaceAll("_");
        String stem = StringUtils.stripStart(EXTENSION.matcher(safe).replaceAll(""), ". -");
        int maxStemLength = MAX_NAME_LENGTH - type.extension().length() - 1;
        stem = StringUtils.left(stem, maxStemLength).stripTrailing();
        if (!LETTER_OR_DIGIT.matcher(stem).find()) {
            stem = DEFAULT_STEM;
        }
        return stem + "." + type.extension();
    }

    /**
     * The part after the last folder separator, of either kind: some browsers send full
     * paths.
     */
    private static String baseName(String path) {
        int separator = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(separator + 1);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof UploadedDocument that) || this.type != that.type) {
            return false;
        }
        return this.fileName.equals(that.fileName) && Arrays.equals(this.content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.fileName, this.type, Arrays.hashCode(this.content));
    }

    /** Type and size only: a document's name and content may identify a person. */
    @Override
    public String toString() {
        return "UploadedDocument[type=" + this.type + ", size=" + this.content.length + "]";
    }

}
