[#-- One ad, whatever its status. Model: ad (AdDetailsView), reason (kept after an error), reasonMax, errors
     (field → message), listPath. Only an ad a webmaster may still take down shows the removal form. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#import "/backoffice/templates/macros/workflow.ftl" as w]
[#import "/backoffice/templates/macros/ad.ftl" as a]
[#assign ad = model.ad]
[#assign errors = model.errors!{}]
<div class="component ad-record">
  <p><a href="${ctx.contextPath}${model.listPath}">${i18n['backoffice.ad.back']}</a></p>
  <h1>${ad.title()}</h1>
  <p class="ad-status ad-status--${ad.status()?lower_case}">${i18n.get('backoffice.ad.statusLine', [ad.statusLabel()])}</p>
  [#if ad.reviewPath()??]
  <p><a href="${ctx.contextPath}${ad.reviewPath()}">${i18n['backoffice.ad.toReview']}</a></p>
  [/#if]

  <h2>${i18n['backoffice.ad.lifeTitle']}</h2>
  [@w.fields ad.life() /]

  [@a.content ad=ad heading=i18n['backoffice.ad.contentTitle'] /]
  [@a.owner ad /]

  <h2>${i18n['backoffice.ad.removeTitle']}</h2>
  [#if ad.removable()]
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${ad.removePath()}" novalidate>
    [@f.csrf /]
    <p class="hint">${i18n['backoffice.ad.removeHint']}</p>
    [@f.textarea name="reason" label=i18n['backoffice.ad.reason'] hint=i18n.get('backoffice.ad.reasonHint', [model.reasonMax]) value=model.reason! errors=errors maxlength=model.reasonMax rows=5 /]
    <button type="submit" class="button button--danger">${i18n['backoffice.ad.removeButton']}</button>
  </form>
  [#else]
  <p>${i18n['backoffice.ad.notRemovable']}</p>
  [/#if]

  [@w.history ad.history() /]
</div>
