[#-- Changing the password from "my account": the current one first, then the new one twice.
     Model: identifier (for password managers), errors (field → message). Passwords are never shown again. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component password-change">
  <h1>${i18n['childcare.passwordChange.title']}</h1>
  <p>${i18n['childcare.passwordChange.intro']}</p>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${site.paths.changePassword}" novalidate>
    [@f.csrf /]
    <input type="hidden" name="username" value="${model.identifier!}" autocomplete="username">
    [@f.input name="currentPassword" type="password" label=i18n['childcare.passwordChange.current'] errors=errors autocomplete="current-password" /]
    [@f.input name="newPassword" type="password" label=i18n['childcare.passwordChange.new'] hint=i18n['childcare.password.rules'] errors=errors autocomplete="new-password" maxlength=128 /]
    [@f.input name="confirmation" type="password" label=i18n['childcare.passwordChange.confirm'] errors=errors autocomplete="new-password" maxlength=128 /]
    <button type="submit" class="button button--primary">${i18n['childcare.passwordChange.submit']}</button>
  </form>
  <p><a href="${ctx.contextPath}${site.paths.forgottenPassword}">${i18n['childcare.passwordChange.forgotten']}</a></p>
  <p><a href="${ctx.contextPath}${site.paths.account}">${i18n['childcare.passwordChange.cancel']}</a></p>
</div>
