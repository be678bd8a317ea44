package org.opencity.childcare.jcr;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Date buckets for large collections ({@code /members/2026/12/<id>}): Jackrabbit 2 slows
 * down with tens of thousands of children under one node.
 */
public final class Buckets {

    private Buckets() {
    }

    /**
     * The bucket folder for an item created at {@code at}, below {@code root} (such as
     * "/members").
     */
    public static String monthPath(String root, Instant at) {
        YearMonth month = YearMonth.from(at.atZone(ZoneOffset.UTC));
        return "%s/%04d/%02d".formatted(root, month.getYear(), month.getMonthValue());
    }

}
