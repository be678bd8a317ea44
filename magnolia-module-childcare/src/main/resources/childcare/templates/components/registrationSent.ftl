[#-- Confirmation after an application: the same words whether the address was new or known. --]
<div class="component confirmation">
  <h1>${i18n['childcare.registrationSent.title']}</h1>
  <div class="notice notice--success" role="status">
    <p>${i18n['childcare.registrationSent.body']}</p>
  </div>
  <h2>${i18n['childcare.registrationSent.nextTitle']}</h2>
  <ol>
    <li>${i18n['childcare.registrationSent.step1']}</li>
    <li>${i18n['childcare.registrationSent.step2']}</li>
    <li>${i18n['childcare.registrationSent.step3']}</li>
  </ol>
  <p>${i18n['childcare.registrationSent.noMail']}</p>
  <p><a href="${ctx.contextPath}${site.paths.section}">${i18n['childcare.backToSection']}</a></p>
</div>
