[#-- Adding a staff account. Model: username, displayName, role (kept after an error), roleOptions, usernameMin,
     usernameMax, displayNameMax, errors (field → message), action, listPath. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component staff-form">
  <p><a href="${ctx.contextPath}${model.listPath}">${i18n['backoffice.staff.back']}</a></p>
  <h1>${i18n['backoffice.staff.new.title']}</h1>
  <p>${i18n['backoffice.staff.new.intro']}</p>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${model.action}" novalidate>
    [@f.csrf /]
    [@f.input name="username" label=i18n['backoffice.staff.field.username'] hint=i18n.get('backoffice.staff.field.usernameHint', [model.usernameMin, model.usernameMax]) value=model.username errors=errors autocomplete="off" maxlength=model.usernameMax /]
    [@f.input name="displayName" label=i18n['backoffice.staff.field.displayName'] hint=i18n['backoffice.staff.field.displayNameHint'] value=model.displayName errors=errors autocomplete="off" maxlength=model.displayNameMax /]
    [@f.radios name="role" legend=i18n['backoffice.staff.field.role'] hint=i18n['backoffice.staff.field.roleHint'] options=model.roleOptions value=model.role errors=errors /]
    <button type="submit" class="button button--primary">${i18n['backoffice.staff.new.submit']}</button>
  </form>
  <p><a href="${ctx.contextPath}${model.listPath}">${i18n['backoffice.staff.new.cancel']}</a></p>
</div>
