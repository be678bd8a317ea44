package org.opencity.childcare.webapp.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.validation.FieldErrors;

/**
 * A member's own ads: list, post, read, replace, renew, withdraw, close. Each call is the
 * {@link AdService} call the "my ads" pages make, so the rules (who may, in which status,
 * what is valid) are the pages' rules.
 */
@RestController
@RequestMapping(ApiPaths.V1 + "/ads")
class AdsApiController {

    private final AdService ads;

    private final ApiCallers callers;

    private final ApiJson json;

    private final Clock clock;

    AdsApiController(AdService ads, ApiCallers callers, ApiJson json, Clock clock) {
        this.ads = ads;
        this.callers = callers;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    Map<String, List<AdResponse>> list(Authentication authentication) {
        Member member = this.callers.member(authentication);
        return Map.of("results", this.ads.listOwn(member.id()).stream().map(this::response).toList());
    }

    @PostMapping
    ResponseEntity<AdResponse> post(Authentication authentication, HttpServletRequest request) {
        Member member = this.callers.member(authentication);
        AdRequest body = this.json.read(request, AdRequest.class);
        Ad ad = this.ads.post(member.id(), body.toForm());
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/ads/" + ad.id())).body(response(ad));
    }

    @GetMapping("/{id}")
    AdResponse get(@PathVariable String id, Authentication authentication) {
        Member member = this.callers.member(authentication);
        return response(this.ads.getOwn(member.id(), id));
    }

    @PutMapping("/{id}")
    AdResponse replace(@PathVariable String id, Authentication authentication, HttpServletRequest request) {
        Member member = this.callers.member(authentication);
        this.ads.getOwn(member.id(), id);
        AdRequest body = this.json.read(request, AdRequest.class);
        return response(this.ads.edit(member.id(), id, body.toForm()));
    }

    @PostMapping("/{id}/renew")
    AdResponse renew(@PathVariable String id, Authentication authentication) {
        Member member = this.callers.member(authentication);
        return response(this.ads.renew(member.id(), id));
    }

    @PostMapping("/{id}/withdraw")
    AdResponse withdraw(@PathVariable String id, Authentication authentication) {
        Member member = this.callers.member(authentication);
        return response(this.ads.withdraw(member.id(), id));
    }

    @PostMapping("/{id}/close")
    AdResponse close(@PathVariable String id, Authentication authentication, HttpServletRequest request) {
        Member member = this.callers.member(authentication);
        this.ads.getOwn(member.id(), id);
        CloseRequest body = this.json.read(request, CloseRequest.class);
        if (body.foundCare() == null) {
            new FieldErrors().reject("foundCare", "childcare.adClose.error.found").throwIfAny();
        }
        return response(this.ads.close(member.id(), id, body.foundCare()));
    }

    private AdResponse response(Ad ad) {
        return AdResponse.of(ad, this.clock.instant());
    }

    /** Closing an ad says whether care was found through the service. */
    record CloseRequest(@Nullable Boolean foundCare) {

    }

}
