[#-- A single-use link that cannot be used: why, and what to do next. Model: state (EXPIRED, USED, UNKNOWN), renewal (an ad's
     renewal link rather than a password link), emailChange (the link confirming a new e-mail address). --]
<div class="component link-problem">
  <h1>${i18n['childcare.link.title']}</h1>
  <div class="notice notice--warning" role="alert">
    <p>${i18n[(model.emailChange!false)?then('childcare.link.emailChange.', 'childcare.link.') + model.state]}</p>
  </div>
  [#if model.renewal!false]
  <p>${i18n['childcare.link.renewalNext']}</p>
  <p><a class="button button--primary" href="${ctx.contextPath}${site.paths.myAds}">${i18n['childcare.link.myAds']}</a></p>
  [#elseif model.emailChange!false]
  <p>${i18n['childcare.link.emailChangeNext']}</p>
  <p><a class="button button--primary" href="${ctx.contextPath}${site.paths.changeEmail}">${i18n['childcare.link.changeEmail']}</a></p>
  [#else]
  <p><a class="button button--primary" href="${ctx.contextPath}${site.paths.forgottenPassword}">${i18n['childcare.link.newLink']}</a></p>
  [/#if]
  <p><a href="${ctx.contextPath}${site.paths.login}">${i18n['childcare.link.login']}</a></p>
</div>
