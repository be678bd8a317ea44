[#-- Before a change that hands a colleague's account to whoever receives the new password or pairs the next
     phone: check that the request comes from them. Model: kind ("password" or "secondFactor"), account
     (StaffRow), action, accountPath. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign account = model.account]
[#assign texts = "backoffice.staff." + model.kind + "."]
<div class="component staff-confirmation">
  <p><a href="${ctx.contextPath}${model.accountPath}">${i18n['backoffice.staff.confirm.back']}</a></p>
  <h1>${i18n.get(texts + 'title', [account.displayName()])}</h1>
  <p>${i18n.get(texts + 'intro', [account.displayName()])}</p>
  <div class="notice notice--warning">
    <h2>${i18n['backoffice.staff.confirm.checkTitle']}</h2>
    <p>${i18n.get('backoffice.staff.confirm.check', [account.displayName()])}</p>
  </div>
  <form method="post" action="${ctx.contextPath}${model.action}">
    [@f.csrf /]
    <button type="submit" class="button button--primary">${i18n.get(texts + 'submit', [account.displayName()])}</button>
  </form>
  <p><a href="${ctx.contextPath}${model.accountPath}">${i18n['backoffice.staff.confirm.cancel']}</a></p>
</div>
