[#-- One member's report. Model: report (ReportController.ReportView), note and reason (kept after an error), noteMax,
     reasonMax, errors (field → message), inboxPath. A decided report shows its decision and no forms. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign report = model.report]
[#assign errors = model.errors!{}]
<div class="component report">
  <p><a href="${ctx.contextPath}${model.inboxPath}">${i18n['backoffice.task.back']}</a></p>
  <h1>${report.title()}</h1>
  [#if report.decided()]
  <div class="notice" role="status"><p>${report.decision()}</p></div>
  [/#if]

  <h2>${i18n['backoffice.report.reportTitle']}</h2>
  <dl class="summary">
    [#list report.report() as field]
    <dt>${field.label()}</dt><dd>${field.values()[0]}</dd>
    [/#list]
  </dl>

  <h2>${i18n['backoffice.report.subjectTitle']}</h2>
  <dl class="summary">
    [#list report.subject() as field]
    <dt>${field.label()}</dt><dd>${field.values()[0]}</dd>
    [/#list]
  </dl>
  [#if report.adText()?has_content]
  <h3>${i18n['backoffice.report.adText']}</h3>
  <blockquote class="ad-text">
    [#list report.adText() as paragraph]<p>${paragraph}</p>[/#list]
  </blockquote>
  [/#if]
  [#if report.adPath()??]<p><a href="${ctx.contextPath}${report.adPath()}">${i18n['backoffice.report.toAd']}</a></p>[/#if]
  [#if report.memberPath()??]<p><a href="${ctx.contextPath}${report.memberPath()}">${i18n['backoffice.report.toMember']}</a></p>[/#if]

  [#if !report.decided()]
  <h2>${i18n['backoffice.report.decisionTitle']}</h2>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${report.dismissPath()}" novalidate>
    [@f.csrf /]
    <fieldset class="group decision">
      <legend>${i18n['backoffice.report.dismiss']}</legend>
      <p class="hint">${i18n['backoffice.report.dismissHint']}</p>
      [@f.textarea name="note" label=i18n['backoffice.report.note'] hint=i18n.get('backoffice.report.noteHint', [model.noteMax]) value=model.note! errors=errors optional=true maxlength=model.noteMax rows=3 /]
      <button type="submit" class="button">${i18n['backoffice.report.dismissButton']}</button>
    </fieldset>
  </form>
  [#if report.removable()]
  <form method="post" action="${ctx.contextPath}${report.removePath()}" novalidate>
    [@f.csrf /]
    <fieldset class="group decision decision--reject">
      <legend>${i18n['backoffice.report.removeAd']}</legend>
      [@f.textarea name="reason" label=i18n['backoffice.report.removeReason'] hint=i18n.get('backoffice.report.removeReasonHint', [model.reasonMax]) value=model.reason! errors=errors maxlength=model.reasonMax rows=4 /]
      <button type="submit" class="button button--danger">${i18n['backoffice.report.removeButton']}</button>
    </fieldset>
  </form>
  [/#if]
  [/#if]

  <h2>${i18n['backoffice.task.history']}</h2>
  [#if report.history()?has_content]
  <ol class="history">
    [#list report.history() as entry]
    <li><time datetime="${entry.atIso()}">${entry.at()}</time> – ${entry.action()} – ${entry.actor()}[#if entry.reason()??]<br>${i18n.get('backoffice.task.historyReason', [entry.reason()])}[/#if]</li>
    [/#list]
  </ol>
  [#else]
  <p>${i18n['backoffice.task.noHistory']}</p>
  [/#if]
</div>
