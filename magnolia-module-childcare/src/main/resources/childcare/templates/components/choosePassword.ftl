[#-- Choosing a password from an activation or reset link. Model: token, action, identifier, firstName, errors, activation (boolean). --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component choose-password">
  <h1>[#if model.activation]${i18n['childcare.password.activationTitle']}[#else]${i18n['childcare.password.resetTitle']}[/#if]</h1>
  <p>${i18n.get('childcare.password.intro', [model.firstName, model.identifier])}</p>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${model.action}" novalidate>
    [@f.csrf /]
    <input type="hidden" name="jeton" value="${model.token}">
    <input type="hidden" name="username" value="${model.identifier}" autocomplete="username">
    [@f.input name="password" type="password" label=i18n['childcare.password.new'] hint=i18n['childcare.password.rules'] errors=errors autocomplete="new-password" maxlength=128 /]
    [@f.input name="confirmation" type="password" label=i18n['childcare.password.confirm'] errors=errors autocomplete="new-password" maxlength=128 /]
    <button type="submit" class="button button--primary">${i18n['childcare.password.submit']}</button>
  </form>
</div>
