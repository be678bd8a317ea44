[#-- One staff account. Model: account (StaffRow), newPassword (flash: a password to show this once), listPath,
     securityPath, passwordPath, secondFactorPath, disablePath, enablePath. A colleague's account has the
     actions; one's own sends to the security page. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign account = model.account]
<div class="component staff-account">
  <p><a href="${ctx.contextPath}${model.listPath}">${i18n['backoffice.staff.back']}</a></p>
  <h1>${account.displayName()}[#if account.you()] ${i18n['backoffice.staff.you']}[/#if]</h1>

  [#if model.newPassword??]
  <section class="recovery-codes one-time-password" aria-labelledby="one-time-password-title">
    <h2 id="one-time-password-title">${i18n.get('backoffice.staff.oneTimePassword.title', [account.displayName()])}</h2>
    <p class="one-time-password__value"><code>${model.newPassword}</code></p>
    <ul>
      <li>${i18n['backoffice.staff.oneTimePassword.once']}</li>
      <li>${i18n.get('backoffice.staff.oneTimePassword.handOver', [account.displayName()])}</li>
      <li>${i18n.get('backoffice.staff.oneTimePassword.username', [account.username()])}</li>
      <li>${i18n['backoffice.staff.oneTimePassword.firstLogin']}</li>
    </ul>
  </section>
  [/#if]

  <h2>${i18n['backoffice.staff.account.facts']}</h2>
  <dl class="summary">
    <dt>${i18n['backoffice.staff.column.username']}</dt>
    <dd>${account.username()}</dd>
    <dt>${i18n['backoffice.staff.column.role']}</dt>
    <dd>${account.role()}</dd>
    <dt>${i18n['backoffice.staff.column.status']}</dt>
    <dd>${account.status()}</dd>
    <dt>${i18n['backoffice.staff.column.secondFactor']}</dt>
    <dd>${account.secondFactor()}</dd>
    <dt>${i18n['backoffice.staff.column.recoveryCodes']}</dt>
    <dd>[#if account.recoveryCodesLeft()??]${account.recoveryCodesLeft()}[#else]${i18n['backoffice.staff.noRecoveryCodes']}[/#if]</dd>
  </dl>

  [#if account.you()]
  <p>${i18n['backoffice.staff.account.yours']} <a href="${ctx.contextPath}${model.securityPath}">${i18n['backoffice.staff.account.toSecurity']}</a></p>
  [#else]
  <h2>${i18n['backoffice.staff.account.passwordTitle']}</h2>
  <p>${i18n['backoffice.staff.account.passwordHint']}</p>
  <p><a class="button" href="${ctx.contextPath}${model.passwordPath}">${i18n['backoffice.staff.account.passwordLink']}</a></p>

  <h2>${i18n['backoffice.staff.account.secondFactorTitle']}</h2>
  [#if account.enrolled()]
  <p>${i18n['backoffice.staff.account.secondFactorHint']}</p>
  <p><a class="button" href="${ctx.contextPath}${model.secondFactorPath}">${i18n['backoffice.staff.account.secondFactorLink']}</a></p>
  [#else]
  <p>${i18n['backoffice.staff.account.secondFactorPending']}</p>
  [/#if]

  [#if account.active()]
  <h2>${i18n['backoffice.staff.account.disableTitle']}</h2>
  <form method="post" action="${ctx.contextPath}${model.disablePath}">
    [@f.csrf /]
    <p class="hint">${i18n['backoffice.staff.account.disableHint']}</p>
    <button type="submit" class="button button--danger">${i18n['backoffice.staff.account.disableButton']}</button>
  </form>
  [#else]
  <h2>${i18n['backoffice.staff.account.enableTitle']}</h2>
  <form method="post" action="${ctx.contextPath}${model.enablePath}">
    [@f.csrf /]
    <p class="hint">${i18n['backoffice.staff.account.enableHint']}</p>
    <button type="submit" class="button button--primary">${i18n['backoffice.staff.account.enableButton']}</button>
  </form>
  [/#if]
  [/#if]
</div>
