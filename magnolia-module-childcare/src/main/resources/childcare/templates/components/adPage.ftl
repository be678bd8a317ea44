[#-- One ad. Model: ad (AdView), own (whether the member owns it), renewable, changeable, owner (firstName,
     identifier, verifiedOn?, phone?, email?), notice, matches (list of {ad: AdView, reason, score}). --]
[#import "/childcare/templates/macros/ads.ftl" as a]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign ad = model.ad]
<div class="component ad-page">
  [#if model.notice??]<div class="notice notice--success" role="status"><p>${model.notice}</p></div>[/#if]
  <p class="ad-card__kind">${ad.configurationLabel()} · ${ad.careTypeLabel()}</p>
  <h1>${ad.title()}</h1>
  [#if model.own]
  <div class="notice">
    <p>${i18n.get('childcare.adPage.yours', [ad.statusLabel()])}[#if ad.daysLeft()??] ${i18n.get('childcare.myAds.daysLeft', [ad.daysLeft(), ad.expiresOn()])}[/#if]</p>
  </div>
  [/#if]
  <div class="ad-page__text">
    [#list ad.text()?split("\n") as paragraph][#if paragraph?trim?has_content]<p>${paragraph}</p>[/#if][/#list]
  </div>
  [@a.details ad /]

  [#if model.owner??]
  [#assign owner = model.owner]
  <section class="ad-page__owner" aria-labelledby="owner-title">
    <h2 id="owner-title">${i18n['childcare.adPage.owner']}</h2>
    <p>${i18n.get('childcare.adPage.ownerName', [owner.firstName, owner.identifier])}</p>
    [#if owner.verifiedOn??]<p class="hint">${i18n.get('childcare.adPage.verified', [owner.verifiedOn])}</p>[/#if]
    [#if owner.phone?? || owner.email??]
    <dl class="summary">
      [#if owner.phone??]<dt>${i18n['childcare.adPage.phone']}</dt><dd><a href="tel:${owner.phone?replace(' ', '')}">${owner.phone}</a></dd>[/#if]
      [#if owner.email??]<dt>${i18n['childcare.adPage.email']}</dt><dd><a href="mailto:${owner.email}">${owner.email}</a></dd>[/#if]
    </dl>
    [/#if]
  </section>
  [/#if]

  <div class="actions">
  [#if model.own]
    [#if model.changeable]<a class="button" href="${ctx.contextPath}${site.paths.ads}/${ad.id()}/modifier">${i18n['childcare.myAds.edit']}</a>[/#if]
    [#if model.renewable]
    <form class="inline-form" method="post" action="${ctx.contextPath}${site.paths.ads}/${ad.id()}/prolonger">
      [@f.csrf /]<button type="submit" class="button">${i18n.get('childcare.myAds.renew', [model.lifetimeDays])}</button>
    </form>
    <a class="button" href="${ctx.contextPath}${site.paths.ads}/${ad.id()}/cloturer">${i18n['childcare.myAds.close']}</a>
    [/#if]
    <a href="${ctx.contextPath}${site.paths.myAds}">${i18n['childcare.adPage.backToMine']}</a>
  [#else]
    <a class="button button--primary" href="${ctx.contextPath}${site.paths.ads}/${ad.id()}/contacter">${i18n['childcare.adPage.contact']}</a>
    <a href="${ctx.contextPath}${site.paths.ads}/${ad.id()}/signaler">${i18n['childcare.adPage.report']}</a>
  [/#if]
  </div>

  [#if model.matches??]
  <section class="ad-page__matches" aria-labelledby="matches-title">
    <h2 id="matches-title">${i18n['childcare.adPage.matches']}</h2>
    [#if model.matches?has_content]
    <p class="hint">${i18n['childcare.adPage.matchesHint']}</p>
    <ol class="ad-list">
      [#list model.matches as match]
      <li>
        [@a.card ad=match.ad headingLevel=3]
          <p class="ad-card__reason"><strong>${match.reason}</strong></p>
        [/@a.card]
      </li>
      [/#list]
    </ol>
    [#else]
    <p>${i18n['childcare.adPage.noMatches']}</p>
    [/#if]
  </section>
  [/#if]
  <p><a href="${ctx.contextPath}${site.paths.ads}">${i18n['childcare.adPage.backToSearch']}</a></p>
</div>
