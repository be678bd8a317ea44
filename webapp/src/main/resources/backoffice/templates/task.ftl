[#-- One registration task. Model: task (TaskView), reason (kept after an error), reasonMax, errors (field → message),
     inboxPath. A decided task shows its decision and no forms. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#import "/backoffice/templates/macros/workflow.ftl" as w]
[#assign task = model.task]
[#assign errors = model.errors!{}]
<div class="component task">
  <p><a href="${ctx.contextPath}${model.inboxPath}">${i18n['backoffice.task.back']}</a></p>
  <h1>${i18n.get('backoffice.task.title', [task.applicantName()])}</h1>
  [#if task.decided()]
  <div class="notice" role="status"><p>${task.decision()}</p></div>
  [/#if]

  <h2>${i18n['backoffice.task.applicant']}</h2>
  [@w.fields task.applicant() /]

  <h2>${i18n['backoffice.task.documents']}</h2>
  [#if task.documents()?has_content]
  <p class="hint">${i18n['backoffice.task.documentsHint']}</p>
  <ul class="document-list">
    [#list task.documents() as document]
    <li><a href="${ctx.contextPath}${document.path()}">${document.fileName()}</a> – ${i18n.get('backoffice.task.documentFacts', [document.type(), document.size()])}</li>
    [/#list]
  </ul>
  [#elseif task.decided()]
  <p>${i18n['backoffice.task.documentsDeleted']}</p>
  [#else]
  <p>${i18n['backoffice.task.noDocuments']}</p>
  [/#if]

  [#if !task.decided()]
  [@w.claim task /]

  <h2>${i18n['backoffice.task.decision']}</h2>
  [@f.errorSummary errors /]
  [#-- One form, so that the checklist goes with either decision; each button posts to its own address. --]
  <form method="post" action="${ctx.contextPath}${task.paths().reject()}" novalidate>
    [@f.csrf /]
    [#-- The first submit button is the one Enter would press in a checkbox; a disabled one makes Enter do nothing. --]
    <button type="submit" disabled hidden></button>
    <fieldset class="group">
      <legend>${i18n['backoffice.task.checklist']}</legend>
      <p class="hint">${i18n['backoffice.task.checklistHint']}</p>
      [#list task.checks() as check]
      [#assign checkId = f.fieldId("checks." + check.value())]
      <div class="field choice">
        <input type="checkbox" id="${checkId}" name="checks" value="${check.value()}"[#if check.checked()] checked[/#if]>
        <label for="${checkId}">${check.label()}</label>
      </div>
      [/#list]
    </fieldset>

    <fieldset class="group decision decision--approve">
      <legend>${i18n['backoffice.task.approve']}</legend>
      <p class="hint">${i18n['backoffice.task.approveHint']}</p>
      <button type="submit" class="button button--primary" formaction="${ctx.contextPath}${task.paths().approve()}">${i18n['backoffice.task.approveButton']}</button>
    </fieldset>

    <fieldset class="group decision decision--reject">
      <legend>${i18n['backoffice.task.reject']}</legend>
      [@f.textarea name="reason" label=i18n['backoffice.task.reason'] hint=i18n.get('backoffice.task.reasonHint', [model.reasonMax]) value=model.reason! errors=errors maxlength=model.reasonMax rows=5 /]
      <button type="submit" class="button button--danger" formaction="${ctx.contextPath}${task.paths().reject()}">${i18n['backoffice.task.rejectButton']}</button>
    </fieldset>
  </form>
  [/#if]

  [@w.history task.history() /]
</div>
