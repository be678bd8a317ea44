[#-- Member login. Model: login (kept after a failure), error (message), notice (message), warning (message: why
     a session ended). --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component login">
  <h1>${i18n['childcare.login.title']}</h1>
  [#if model.notice??]<div class="notice notice--success" role="status"><p>${model.notice}</p></div>[/#if]
  [#if model.warning??]<div class="notice notice--warning" role="status"><p>${model.warning}</p></div>[/#if]
  [#if model.error??]
  <div class="error-summary" role="alert"><p>${model.error}</p></div>
  [/#if]
  <form method="post" action="${ctx.contextPath}${site.paths.login}" novalidate>
    [@f.csrf /]
    [@f.input name="login" label=i18n['childcare.login.login'] hint=i18n['childcare.login.loginHint'] value=model.login! autocomplete="username" maxlength=254 /]
    [@f.input name="password" type="password" label=i18n['childcare.login.password'] autocomplete="current-password" /]
    <button type="submit" class="button button--primary">${i18n['childcare.login.submit']}</button>
  </form>
  <p><a href="${ctx.contextPath}${site.paths.forgottenPassword}">${i18n['childcare.login.forgotten']}</a></p>
  <p>${i18n['childcare.login.notRegistered']} <a href="${ctx.contextPath}${site.paths.register}">${i18n['childcare.login.register']}</a></p>
</div>
