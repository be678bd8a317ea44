[#-- One member, whatever their status. Model: member (MemberDetailsView), reason (kept after an error),
     reasonMax, errors (field → message), listPath. An active member has the suspension form, a suspended one
     the reactivation button. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#import "/backoffice/templates/macros/workflow.ftl" as w]
[#assign member = model.member]
[#assign errors = model.errors!{}]
<div class="component member-record">
  <p><a href="${ctx.contextPath}${model.listPath}">${i18n['backoffice.member.back']}</a></p>
  <h1>${member.name()}</h1>
  <p class="member-status member-status--${member.status()?lower_case}">${i18n.get('backoffice.member.statusLine', [member.statusLabel()])}</p>
  [#if member.suspension()??]
  <div class="notice" role="status">
    <p>${member.suspension().summary()}</p>
    <p>${i18n.get('backoffice.member.suspensionReason', [member.suspension().reason()])}</p>
  </div>
  [/#if]

  <h2>${i18n['backoffice.member.accountTitle']}</h2>
  [@w.fields member.facts() /]
  [#if member.adsPath()??]
  <p><a href="${ctx.contextPath}${member.adsPath()}">${i18n['backoffice.member.seeAds']}</a></p>
  [/#if]

  [#if member.suspendable()]
  <h2>${i18n['backoffice.member.suspendTitle']}</h2>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${member.suspendPath()}" novalidate>
    [@f.csrf /]
    <p class="hint">${i18n['backoffice.member.suspendHint']}</p>
    [@f.textarea name="reason" label=i18n['backoffice.member.reason'] hint=i18n.get('backoffice.member.reasonHint', [model.reasonMax]) value=model.reason! errors=errors maxlength=model.reasonMax rows=5 /]
    <button type="submit" class="button button--danger">${i18n['backoffice.member.suspendButton']}</button>
  </form>
  [#elseif member.reactivable()]
  <h2>${i18n['backoffice.member.reactivateTitle']}</h2>
  <form method="post" action="${ctx.contextPath}${member.reactivatePath()}">
    [@f.csrf /]
    <p class="hint">${i18n['backoffice.member.reactivateHint']}</p>
    <button type="submit" class="button button--primary">${i18n['backoffice.member.reactivateButton']}</button>
  </form>
  [#else]
  <h2>${i18n['backoffice.member.actionsTitle']}</h2>
  <p>${i18n['backoffice.member.noAction']}</p>
  [/#if]

  [@w.history member.history() /]
</div>
