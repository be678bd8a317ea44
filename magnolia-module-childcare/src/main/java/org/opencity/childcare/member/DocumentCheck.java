package org.opencity.childcare.member;

/**
 * The verdict on one uploaded file: accepted as an {@link UploadedDocument}, or rejected
 * with the reason and the name the person knows the file by.
 */
public sealed interface DocumentCheck {

    /** The file can be attached as it is now named and typed. */
    record Accepted(UploadedDocument document) implements DocumentCheck {

    }

    /**
     * The file was refused.
     *
     * @param problem why
     * @param fileName the file's name as sent, without folders, to show in the message
     */
    record Rejected(Problem problem, String fileName) implements DocumentCheck {

        /** The message bundle key of the text to show; it takes the file name as {0}. */
        public String messageKey() {
            return this.problem.messageKey();
        }

    }

    /** Why a file was refused. */
    enum Problem {

        /** The file has no content, often a failed or cancelled upload. */
        EMPTY("empty"),

        /** Larger than {@link UploadedDocument#MAX_BYTES}. */
        TOO_LARGE("tooLarge"),

        /** Neither a PDF, a JPEG nor a PNG, whatever its name says. */
        UNSUPPORTED_TYPE("unsupportedType");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        /** The message bundle key of the text to show; it takes the file name as {0}. */
        public String messageKey() {
            return "childcare.document.problem." + this.key;
        }

    }

}
