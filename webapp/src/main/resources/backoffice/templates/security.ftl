[#-- The signed-in staff member's security page: second factor and password. Model: recoveryCodesLeft;
     recoveryCodes (new codes, shown this once, after enrolment or renewal); errors (recovery codes form:
     field → message), codeMax, recoveryCodesPath; passwordErrors (password form: field → message), username
     (for password managers), passwordMin, passwordMax, passwordPath; provisionalPassword (a password the service
     handed out, to replace before anything else). Passwords are never shown again. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
[#assign passwordErrors = model.passwordErrors!{}]
<div class="component security">
  <h1>${i18n['backoffice.secondFactor.security.title']}</h1>
  [#if model.provisionalPassword!false]
  <div class="notice notice--warning" role="status"><p>${i18n['backoffice.password.provisional']} <a href="#password-title">${i18n['backoffice.password.provisionalLink']}</a></p></div>
  [/#if]
  <p>${i18n['backoffice.secondFactor.security.active']}</p>
  [#if model.recoveryCodes?has_content]
  <section class="recovery-codes" aria-labelledby="recovery-codes-title">
    <h2 id="recovery-codes-title">${i18n['backoffice.secondFactor.codes.title']}</h2>
    <p>${i18n['backoffice.secondFactor.codes.intro']}</p>
    <ul class="recovery-codes__list">
      [#list model.recoveryCodes as code]
      <li><code>${code}</code></li>
      [/#list]
    </ul>
    <p><a class="button button--primary" href="${ctx.contextPath}/backoffice">${i18n['backoffice.secondFactor.codes.continue']}</a></p>
  </section>
  [#else]
  <p>${i18n.get('backoffice.secondFactor.security.codesLeft', [model.recoveryCodesLeft])}</p>
  [/#if]
  <h2>${i18n['backoffice.secondFactor.renew.title']}</h2>
  <p>${i18n['backoffice.secondFactor.renew.intro']}</p>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${model.recoveryCodesPath}" novalidate>
    [@f.csrf /]
    [@f.input name="code" label=i18n['backoffice.secondFactor.renew.label'] errors=errors autocomplete="one-time-code" inputmode="numeric" maxlength=model.codeMax /]
    <button type="submit" class="button">${i18n['backoffice.secondFactor.renew.submit']}</button>
  </form>

  <h2 id="password-title">${i18n['backoffice.password.title']}</h2>
  <p>${i18n['backoffice.password.intro']}</p>
  [@f.errorSummary passwordErrors /]
  <form method="post" action="${ctx.contextPath}${model.passwordPath}" class="password-change" aria-labelledby="password-title" novalidate>
    [@f.csrf /]
    <input type="hidden" name="username" value="${model.username}" autocomplete="username">
    [@f.input name="currentPassword" type="password" label=i18n['backoffice.password.current'] errors=passwordErrors autocomplete="current-password" /]
    [@f.input name="newPassword" type="password" label=i18n['backoffice.password.new'] hint=i18n.get('backoffice.password.rules', [model.passwordMin]) errors=passwordErrors autocomplete="new-password" maxlength=model.passwordMax /]
    [@f.input name="confirmation" type="password" label=i18n['backoffice.password.confirm'] errors=passwordErrors autocomplete="new-password" maxlength=model.passwordMax /]
    <button type="submit" class="button button--primary">${i18n['backoffice.password.submit']}</button>
  </form>
</div>
