[#-- The link mailed to a new address: opening it shows the address and one button, so that mail scanners which
     open every link do not change the address; the button does. Model: email, token, confirmed, refusal (a message
     when the address can no longer be used). --]
[#import "/childcare/templates/macros/form.ftl" as f]
<div class="component email-confirm">
  [#if model.confirmed!false]
  <h1>${i18n['childcare.emailConfirm.doneTitle']}</h1>
  <div class="notice notice--success" role="status">
    <p>${i18n.get('childcare.emailConfirm.done', [model.email])}</p>
  </div>
  <p><a class="button button--primary" href="${ctx.contextPath}${site.paths.account}">${i18n['childcare.emailConfirm.account']}</a></p>
  [#elseif model.refusal??]
  <h1>${i18n['childcare.emailConfirm.refusedTitle']}</h1>
  <div class="notice notice--warning" role="alert"><p>${model.refusal}</p></div>
  <p><a class="button button--primary" href="${ctx.contextPath}${site.paths.changeEmail}">${i18n['childcare.link.changeEmail']}</a></p>
  [#else]
  <h1>${i18n['childcare.emailConfirm.title']}</h1>
  <p>${i18n.get('childcare.emailConfirm.intro', [model.email])}</p>
  <form method="post" action="${ctx.contextPath}${site.paths.confirmEmail}">
    [@f.csrf /]
    <input type="hidden" name="jeton" value="${model.token}">
    <button type="submit" class="button button--primary">${i18n['childcare.emailConfirm.submit']}</button>
  </form>
  [/#if]
</div>
