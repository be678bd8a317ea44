[#-- A page for what went wrong, in words the visitor can act on. Model: titleKey, messageKey. --]
<div class="component error-page">
  <h1>${i18n[model.titleKey]}</h1>
  <p>${i18n[model.messageKey]}</p>
  <p><a href="${ctx.contextPath}${site.paths.section}">${i18n['childcare.backToSection']}</a></p>
</div>
