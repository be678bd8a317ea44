[#-- One ad review task. Model: task (AdReviewView), reason (kept after an error), reasonMax, errors (field →
     message), inboxPath. A decided task shows its decision and no forms. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#import "/backoffice/templates/macros/workflow.ftl" as w]
[#import "/backoffice/templates/macros/ad.ftl" as a]
[#assign task = model.task]
[#assign ad = task.ad()]
[#assign errors = model.errors!{}]
<div class="component task task--ad-review">
  <p><a href="${ctx.contextPath}${model.inboxPath}">${i18n['backoffice.task.back']}</a></p>
  <h1>${i18n.get('backoffice.review.title', [task.title()])}</h1>
  [#if task.decided()]
  <div class="notice" role="status"><p>${task.decision()}</p></div>
  [/#if]

  [@a.content ad=ad heading=i18n['backoffice.review.adAsSeen'] /]
  [@a.owner ad /]
  <p><a href="${ctx.contextPath}${ad.path()}">${i18n['backoffice.review.adPage']}</a></p>

  [#if !task.decided()]
  [@w.claim task /]

  <h2>${i18n['backoffice.task.decision']}</h2>
  [@f.errorSummary errors /]
  [#-- One form, as for registrations; each button posts to its own address. --]
  <form method="post" action="${ctx.contextPath}${task.paths().reject()}" novalidate>
    [@f.csrf /]
    <fieldset class="group decision decision--approve">
      <legend>${i18n['backoffice.review.approve']}</legend>
      <p class="hint">${i18n['backoffice.review.approveHint']}</p>
      <button type="submit" class="button button--primary" formaction="${ctx.contextPath}${task.paths().approve()}">${i18n['backoffice.review.approveButton']}</button>
    </fieldset>

    <fieldset class="group decision decision--reject">
      <legend>${i18n['backoffice.review.reject']}</legend>
      [@f.textarea name="reason" label=i18n['backoffice.review.reason'] hint=i18n.get('backoffice.review.reasonHint', [model.reasonMax]) value=model.reason! errors=errors maxlength=model.reasonMax rows=5 /]
      <button type="submit" class="button button--danger" formaction="${ctx.contextPath}${task.paths().reject()}">${i18n['backoffice.review.rejectButton']}</button>
    </fieldset>
  </form>
  [/#if]

  [@w.history ad.history() /]
</div>
