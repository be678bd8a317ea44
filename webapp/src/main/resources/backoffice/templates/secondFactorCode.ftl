[#-- Second step of a staff login. Model: errors (field → message), codeMax. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component login">
  <h1>${i18n['backoffice.secondFactor.code.title']}</h1>
  <p>${i18n['backoffice.secondFactor.code.intro']}</p>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}/backoffice/connexion/code" novalidate>
    [@f.csrf /]
    [@f.input name="code" label=i18n['backoffice.secondFactor.code.label'] hint=i18n['backoffice.secondFactor.code.hint'] errors=errors autocomplete="one-time-code" maxlength=model.codeMax /]
    <button type="submit" class="button button--primary">${i18n['backoffice.secondFactor.code.submit']}</button>
  </form>
  <form method="post" action="${ctx.contextPath}/backoffice/deconnexion" class="inline-form">
    [@f.csrf /]
    <button type="submit" class="link-button">${i18n['backoffice.secondFactor.cancel']}</button>
  </form>
  <p class="hint">${i18n['backoffice.secondFactor.code.lost']}</p>
</div>
