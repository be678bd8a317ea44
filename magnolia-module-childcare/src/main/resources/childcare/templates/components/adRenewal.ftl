[#-- Renewing an ad from the reminder mail's link, without logging in. Model: ad (AdView), token, renewed. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign ad = model.ad]
<div class="component ad-renewal">
  [#if model.renewed]
  <h1>${i18n['childcare.adRenewal.doneTitle']}</h1>
  <div class="notice notice--success" role="status">
    <p>${i18n.get('childcare.adRenewal.done', [ad.title(), ad.expiresOn()!""])}</p>
  </div>
  <p><a href="${ctx.contextPath}${site.paths.myAds}">${i18n['childcare.adRenewal.manage']}</a></p>
  [#else]
  <h1>${i18n['childcare.adRenewal.title']}</h1>
  <p>${i18n.get('childcare.adRenewal.intro', [ad.title(), model.lifetimeDays])}</p>
  [#if ad.expiresOn()??]<p class="hint">${i18n.get('childcare.adRenewal.expires', [ad.expiresOn()])}</p>[/#if]
  <form method="post" action="${ctx.contextPath}${site.paths.ads}/renouveler">
    [@f.csrf /]
    <input type="hidden" name="jeton" value="${model.token}">
    <button type="submit" class="button button--primary">${i18n.get('childcare.adRenewal.submit', [model.lifetimeDays])}</button>
  </form>
  [/#if]
</div>
