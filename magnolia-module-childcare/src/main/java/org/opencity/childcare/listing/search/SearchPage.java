package org.opencity.childcare.listing.search;

import java.util.List;

/**
 * One page of search results: the ids of the ads on it, newest first, and how many ads
 * match in all.
 *
 * @param ids the ads on this page, at most {@code pageSize}
 * @param total how many ads match the search, on every page
 * @param page the page number, from 0
 * @param pageSize how many ads a full page holds
 */
public record SearchPage(List<String> ids, int total, int page, int pageSize) {

    public SearchPage {
        ids = List.copyOf(ids);
    }

    /** How many pages the results fill; 0 when nothing matches. */
    public int pageCount() {
        return (this.total + this.pageSize - 1) / this.pageSize;
    }

    public boolean isEmpty() {
        return this.total == 0;
    }

}
