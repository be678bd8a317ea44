[#-- Deleting one's own account: what goes, that it cannot be undone, and the password once more.
     Model: errors (field → message). --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component account-deletion">
  <h1>${i18n['childcare.accountDeletion.title']}</h1>
  <div class="notice notice--warning"><p><strong>${i18n['childcare.accountDeletion.intro']}</strong></p></div>
  <h2>${i18n['childcare.accountDeletion.whatTitle']}</h2>
  <ul>
    <li>${i18n['childcare.accountDeletion.what1']}</li>
    <li>${i18n['childcare.accountDeletion.what2']}</li>
    <li>${i18n['childcare.accountDeletion.what3']}</li>
    <li>${i18n['childcare.accountDeletion.what4']}</li>
    <li>${i18n['childcare.accountDeletion.what5']}</li>
  </ul>
  <p>${i18n['childcare.accountDeletion.kept']}</p>
  <p>${i18n['childcare.accountDeletion.download']} <a href="${ctx.contextPath}${site.paths.myData}" download>${i18n['childcare.account.download']}</a></p>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${site.paths.deleteAccount}" novalidate>
    [@f.csrf /]
    [@f.input name="password" type="password" label=i18n['childcare.accountDeletion.password'] hint=i18n['childcare.accountDeletion.passwordHint'] errors=errors autocomplete="current-password" /]
    <button type="submit" class="button button--danger">${i18n['childcare.accountDeletion.submit']}</button>
  </form>
  <p><a href="${ctx.contextPath}${site.paths.account}">${i18n['childcare.accountDeletion.cancel']}</a></p>
</div>
