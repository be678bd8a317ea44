[#-- Asking for a link to choose a new password. Model: login, errors, sent (boolean). --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component forgotten-password">
  <h1>${i18n['childcare.forgotten.title']}</h1>
  [#if model.sent!false]
  <div class="notice notice--success" role="status">
    <p>${i18n['childcare.forgotten.sent']}</p>
  </div>
  <p>${i18n['childcare.forgotten.sentHelp']}</p>
  <p><a href="${ctx.contextPath}${site.paths.login}">${i18n['childcare.link.login']}</a></p>
  [#else]
  <p>${i18n['childcare.forgotten.intro']}</p>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${site.paths.forgottenPassword}" novalidate>
    [@f.csrf /]
    [@f.input name="login" label=i18n['childcare.login.login'] hint=i18n['childcare.login.loginHint'] value=model.login! errors=errors autocomplete="username" maxlength=254 /]
    <button type="submit" class="button button--primary">${i18n['childcare.forgotten.submit']}</button>
  </form>
  [/#if]
</div>
