[#-- Asking for a new e-mail address: the address and the password. Model: currentEmail, pendingEmail (if a change
     waits for confirmation), email (as typed), errors (field → message). --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component email-change">
  <h1>${i18n['childcare.emailChange.title']}</h1>
  <p>${i18n.get('childcare.emailChange.intro', [model.currentEmail])}</p>
  [#if model.pendingEmail??]<div class="notice"><p>${i18n.get('childcare.emailChange.pending', [model.pendingEmail])}</p></div>[/#if]
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${site.paths.changeEmail}" novalidate>
    [@f.csrf /]
    [@f.input name="email" type="email" label=i18n['childcare.emailChange.email'] hint=i18n['childcare.emailChange.emailHint'] value=model.email!"" errors=errors autocomplete="email" maxlength=254 /]
    [@f.input name="password" type="password" label=i18n['childcare.emailChange.password'] hint=i18n['childcare.emailChange.passwordHint'] errors=errors autocomplete="current-password" /]
    <button type="submit" class="button button--primary">${i18n['childcare.emailChange.submit']}</button>
  </form>
  <p><a href="${ctx.contextPath}${site.paths.account}">${i18n['childcare.emailChange.cancel']}</a></p>
</div>
