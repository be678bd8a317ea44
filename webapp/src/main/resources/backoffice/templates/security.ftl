[#-- The signed-in staff member's second factor. Model: recoveryCodesLeft; recoveryCodes (new codes, shown
     this once, after enrolment or renewal); errors (field → message), codeMax. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component security">
  <h1>${i18n['backoffice.secondFactor.security.title']}</h1>
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
  <form method="post" action="${ctx.contextPath}/backoffice/securite/codes-de-secours" novalidate>
    [@f.csrf /]
    [@f.input name="code" label=i18n['backoffice.secondFactor.renew.label'] errors=errors autocomplete="one-time-code" inputmode="numeric" maxlength=model.codeMax /]
    <button type="submit" class="button">${i18n['backoffice.secondFactor.renew.submit']}</button>
  </form>
</div>
