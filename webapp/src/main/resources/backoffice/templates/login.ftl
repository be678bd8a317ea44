[#-- Staff login. Model: username (kept after a failure); the page shell shows error and notice. --]
[#import "/childcare/templates/macros/form.ftl" as f]
<div class="component login">
  <h1>${i18n['backoffice.login.title']}</h1>
  <p>${i18n['backoffice.login.intro']}</p>
  <form method="post" action="${ctx.contextPath}/backoffice/connexion" novalidate>
    [@f.csrf /]
    [@f.input name="username" label=i18n['backoffice.login.username'] value=model.username! autocomplete="username" maxlength=100 /]
    [@f.input name="password" type="password" label=i18n['backoffice.login.password'] autocomplete="current-password" /]
    <button type="submit" class="button button--primary">${i18n['backoffice.login.submit']}</button>
  </form>
  <p class="hint">${i18n['backoffice.login.help']}</p>
</div>
