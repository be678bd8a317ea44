[#-- First login of a staff account: pairing an authenticator application. Model: secret (grouped by four),
     qrCode (inline SVG drawn by the host), errors (field → message), codeMax. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component login second-factor">
  <h1>${i18n['backoffice.secondFactor.enrolment.title']}</h1>
  <p>${i18n['backoffice.secondFactor.enrolment.intro']}</p>
  [@f.errorSummary errors /]
  <ol class="steps">
    <li>${i18n['backoffice.secondFactor.enrolment.install']}</li>
    <li>
      <p>${i18n['backoffice.secondFactor.enrolment.scan']}</p>
      ${model.qrCode?no_esc}
      <p>${i18n['backoffice.secondFactor.enrolment.manual']}</p>
      <p class="secret"><code>${model.secret}</code></p>
    </li>
    <li>
      <form method="post" action="${ctx.contextPath}/backoffice/connexion/activation" novalidate>
        [@f.csrf /]
        [@f.input name="code" label=i18n['backoffice.secondFactor.enrolment.codeLabel'] hint=i18n['backoffice.secondFactor.enrolment.codeHint'] errors=errors autocomplete="one-time-code" inputmode="numeric" maxlength=model.codeMax /]
        <button type="submit" class="button button--primary">${i18n['backoffice.secondFactor.enrolment.submit']}</button>
      </form>
    </li>
  </ol>
  <form method="post" action="${ctx.contextPath}/backoffice/deconnexion" class="inline-form">
    [@f.csrf /]
    <button type="submit" class="link-button">${i18n['backoffice.secondFactor.cancel']}</button>
  </form>
</div>
