[#-- One registration task. Model: task (TaskView), reason (kept after an error), reasonMax, errors (field → message),
     inboxPath. A decided task shows its decision and no forms. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign task = model.task]
[#assign errors = model.errors!{}]
<div class="component task">
  <p><a href="${ctx.contextPath}${model.inboxPath}">${i18n['backoffice.task.back']}</a></p>
  <h1>${i18n.get('backoffice.task.title', [task.applicantName()])}</h1>
  [#if task.decided()]
  <div class="notice" role="status"><p>${task.decision()}</p></div>
  [/#if]

  <h2>${i18n['backoffice.task.applicant']}</h2>
  <dl class="summary">
    [#list task.applicant() as field]
    <dt>${field.label()}</dt>
    [#if field.values()?size == 1]
    <dd>${field.values()[0]}</dd>
    [#elseif field.values()?has_content]
    <dd><ul>[#list field.values() as value]<li>${value}</li>[/#list]</ul></dd>
    [#else]
    <dd>${i18n['backoffice.applicant.none']}</dd>
    [/#if]
    [/#list]
  </dl>

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
  <h2>${i18n['backoffice.task.claim']}</h2>
  [#if task.claimedByMe()]
  <p>${i18n['backoffice.task.claimedByMe']}</p>
  [#else]
  [#if task.claimedBy()??]<p>${i18n.get('backoffice.task.claimedBy', [task.claimedBy()])}</p>[/#if]
  <form method="post" action="${ctx.contextPath}${task.paths().claim()}">
    [@f.csrf /]
    <button type="submit" class="button">${i18n['backoffice.task.claimButton']}</button>
  </form>
  [/#if]

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

  <h2>${i18n['backoffice.task.history']}</h2>
  [#if task.history()?has_content]
  <ol class="history">
    [#list task.history() as entry]
    <li><time datetime="${entry.atIso()}">${entry.at()}</time> – ${entry.action()} – ${entry.actor()}[#if entry.reason()??]<br>${i18n.get('backoffice.task.historyReason', [entry.reason()])}[/#if]</li>
    [/#list]
  </ol>
  [#else]
  <p>${i18n['backoffice.task.noHistory']}</p>
  [/#if]
</div>
