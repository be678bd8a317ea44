package org.opencity.childcare.webapp.crash;

/**
 * A write the host acknowledged: a registration (its confirmation page), an ad (the
 * redirect to the published ad) or a message (the redirect to its conversation). Each
 * carries a word no other write uses, to find it again and to count it.
 *
 * @param kind what was written
 * @param word the write's own word: the applicant's last name, a word of the ad's title
 * or of the message
 * @param reference the ad's id or the conversation's id; the applicant's e-mail address
 * for a registration
 * @param author the index of the member who wrote it, or -1 for an applicant
 */
record Write(Kind kind, String word, String reference, int author) {

    enum Kind {

        REGISTRATION, AD, MESSAGE

    }

    @Override
    public String toString() {
        return this.kind + " '" + this.word + "' (" + this.reference + ")";
    }

}
