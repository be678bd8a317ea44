[#-- Confirming a final change to one's ad: withdrawing it, or closing it and saying whether care was found.
     Model: ad (AdView), closing (boolean), errors (field → message). --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign ad = model.ad]
[#assign errors = model.errors!{}]
<div class="component ad-confirm">
  [#if model.closing]
  <h1>${i18n.get('childcare.adClose.title', [ad.title()])}</h1>
  <p>${i18n['childcare.adClose.intro']}</p>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${site.paths.ads}/${ad.id()}/cloturer" novalidate>
    [@f.csrf /]
    [@f.radios name="trouve" legend=i18n['childcare.adClose.found'] hint=i18n['childcare.adClose.foundHint'] options=[{"value": "oui", "label": i18n['childcare.adClose.yes']}, {"value": "non", "label": i18n['childcare.adClose.no']}] errors=errors /]
    <button type="submit" class="button button--primary">${i18n['childcare.adClose.submit']}</button>
    <a class="button" href="${ctx.contextPath}${site.paths.myAds}">${i18n['childcare.adForm.cancel']}</a>
  </form>
  [#else]
  <h1>${i18n.get('childcare.adWithdraw.title', [ad.title()])}</h1>
  <p>${i18n['childcare.adWithdraw.intro']}</p>
  <form method="post" action="${ctx.contextPath}${site.paths.ads}/${ad.id()}/retirer">
    [@f.csrf /]
    <button type="submit" class="button button--danger">${i18n['childcare.adWithdraw.submit']}</button>
    <a class="button" href="${ctx.contextPath}${site.paths.myAds}">${i18n['childcare.adForm.cancel']}</a>
  </form>
  [/#if]
</div>
