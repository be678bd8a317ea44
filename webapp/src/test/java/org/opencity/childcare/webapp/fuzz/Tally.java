package org.opencity.childcare.webapp.fuzz;

import java.util.ArrayList;
import java.util.List;

/** What the hostile requests got: how many, how many 5xx, how many unescaped echoes. */
final class Tally {

    private int requests;

    private int serverErrors;

    private int unescaped;

    private final List<String> problems = new ArrayList<>();

    void request() {
        this.requests++;
    }

    void serverError(String what) {
        this.serverErrors++;
        note(what);
    }

    void unescaped(String what) {
        this.unescaped++;
        note(what);
    }

    int requests() {
        return this.requests;
    }

    int serverErrors() {
        return this.serverErrors;
    }

    int unescaped() {
        return this.unescaped;
    }

    List<String> problems() {
        return this.problems;
    }

    String line() {
        return "fuzz requests=" + this.requests + " status_500=" + this.serverErrors + " unescaped=" + this.unescaped;
    }

    private void note(String what) {
        if (this.problems.size() < 200) {
            this.problems.add(what);
        }
    }

}
