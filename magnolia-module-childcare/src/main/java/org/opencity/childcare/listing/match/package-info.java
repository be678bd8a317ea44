/**
 * Compatible ads ("annonces compatibles"): for one ad, the listed ads that could answer
 * it, ranked by a score from 0 to 100 with a short reason in plain words.
 *
 * <h2>Which ads are candidates</h2> An ad Y is a candidate for an ad X when all of these
 * hold:
 * <ul>
 * <li>Y is listed at the moment asked (published and not past its expiry);</li>
 * <li>Y is not X and has another owner;</li>
 * <li>Y has X's care type;</li>
 * <li>the configurations answer each other: a family with a nanny and a family seeking a
 * family, two families seeking a family, a family seeking a nanny and a nanny seeking a
 * family;</li>
 * <li>for shared care, their hosting wishes can be agreed on
 * ({@link org.opencity.childcare.listing.Hosting#compatibleWith}): two families who both
 * insist on hosting, say, cannot share a nanny, so Y is left out rather than scored
 * down;</li>
 * <li>when both have half-days, they have at least one in common: with none they cannot
 * share anything, and showing them would only push real matches off a short list.</li>
 * </ul>
 *
 * <h2>The score</h2> Five criteria add up to at most 100 points; fractions are rounded
 * half up.
 * <ol>
 * <li><b>Neighbourhood, 30 points</b>: 30 for the same neighbourhood, 15 for an adjacent
 * one as configured ({@link org.opencity.childcare.city.Neighbourhoods#areAdjacent}), 0
 * otherwise.</li>
 * <li><b>Half-days in common, 30 points</b>: 30 × (half-days in common) / (X's
 * half-days), so the share of X's week that Y also covers; 0 when X has no half-day.</li>
 * <li><b>Children's ages, 20 points</b>: when both ads list children, from the smallest
 * gap in months g between a child of X and a child of Y: 20 × (36 − g) / 36, so 20 for
 * children born the same month and 0 from three years apart. When either lists none (a
 * caregiver who states no ages): 10, neither a fit nor a misfit.</li>
 * <li><b>Hosting, 10 points</b>: for shared care, 10 when both state a definite wish and
 * the wishes fit (our home with the other family's home, alternating with alternating), 5
 * when either side is flexible ("either") or states nothing. For other care types there
 * is nothing to agree on: 10.</li>
 * <li><b>Start dates, 10 points</b>: each start date counted from today at the earliest
 * (a past date means "as soon as possible"); for a gap of d days, 10 × (90 − d) / 90, so
 * 0 from three months apart.</li>
 * </ol>
 * Equal scores rank the newer publication first, then by ad id.
 *
 * <h2>The reasons</h2> At most four reasons, in this order, each only when it holds: same
 * or adjacent neighbourhood; the number of half-days in common; children of close ages
 * (12 months apart at most); hosting wishes that fit (definite wishes, shared care);
 * start dates 15 days apart at most.
 * {@link org.opencity.childcare.listing.match.MatchReasons} turns them into one line of
 * text from the bundles.
 */
@NullMarked
package org.opencity.childcare.listing.match;

import org.jspecify.annotations.NullMarked;
