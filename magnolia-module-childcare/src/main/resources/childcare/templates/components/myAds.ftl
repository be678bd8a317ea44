[#-- The member's own ads, whatever their status, with what they can do with each. Model: ads (AdView list),
     notice. --]
[#import "/childcare/templates/macros/ads.ftl" as a]
[#import "/childcare/templates/macros/form.ftl" as f]
<div class="component my-ads">
  <h1>${i18n['childcare.myAds.title']}</h1>
  [#if model.notice??]<div class="notice notice--success" role="status"><p>${model.notice}</p></div>[/#if]
  <p><a class="button button--primary" href="${ctx.contextPath}${site.paths.newAd}">${i18n['childcare.myAds.post']}</a></p>
  [#if model.ads?has_content]
  <ul class="ad-list">
    [#list model.ads as ad]
    <li>
      [@a.card ad=ad]
        <p class="ad-card__status ad-card__status--${ad.status()?lower_case}">
          <strong>${ad.statusLabel()}</strong>
          [#if ad.daysLeft()??] – ${i18n.get('childcare.myAds.daysLeft', [ad.daysLeft(), ad.expiresOn()])}[/#if]
          [#if ad.status() == "CLOSED" && ad.foundCare()??] – ${i18n[ad.foundCare()?then('childcare.myAds.foundCare', 'childcare.myAds.noCareFound')]}[/#if]
          [#if ad.reason()??]<br>${i18n.get('childcare.myAds.reason', [ad.reason()])}[/#if]
        </p>
        <div class="actions">
          [#if ad.status() == "PUBLISHED" || ad.status() == "EXPIRED"]
          <form class="inline-form" method="post" action="${ctx.contextPath}${site.paths.ads}/${ad.id()}/prolonger">
            [@f.csrf /]
            <button type="submit" class="button">${i18n.get('childcare.myAds.renew', [model.lifetimeDays])}<span class="visually-hidden"> : ${ad.title()}</span></button>
          </form>
          [/#if]
          [#if ad.status() == "PUBLISHED" || ad.status() == "EXPIRED" || ad.status() == "PENDING_REVIEW" || ad.status() == "DRAFT"]
          <a class="button" href="${ctx.contextPath}${site.paths.ads}/${ad.id()}/modifier">${i18n['childcare.myAds.edit']}<span class="visually-hidden"> : ${ad.title()}</span></a>
          [/#if]
          [#if ad.status() == "PUBLISHED" || ad.status() == "EXPIRED"]
          <a class="button" href="${ctx.contextPath}${site.paths.ads}/${ad.id()}/cloturer">${i18n['childcare.myAds.close']}<span class="visually-hidden"> : ${ad.title()}</span></a>
          [/#if]
          [#if ad.status() == "PUBLISHED" || ad.status() == "EXPIRED" || ad.status() == "PENDING_REVIEW" || ad.status() == "DRAFT"]
          <a class="button button--danger" href="${ctx.contextPath}${site.paths.ads}/${ad.id()}/retirer">${i18n['childcare.myAds.withdraw']}<span class="visually-hidden"> : ${ad.title()}</span></a>
          [/#if]
        </div>
      [/@a.card]
    </li>
    [/#list]
  </ul>
  [#else]
  <div class="empty-state">
    <p>${i18n['childcare.myAds.empty']}</p>
    <p><a href="${ctx.contextPath}${site.paths.ads}">${i18n['childcare.myAds.browse']}</a></p>
  </div>
  [/#if]
</div>
