[#-- Building blocks shared by the task and ad screens: lists of facts, the claim of a task, the
     history of audit entries. --]
[#import "/childcare/templates/macros/form.ftl" as f]

[#-- A definition list of TaskView.Field: one value per line, several as a list, none as "non renseigné". --]
[#macro fields list]
  <dl class="summary">
    [#list list as field]
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
[/#macro]

[#-- Who took an undecided task, and the button to take it. task: claimedBy(), claimedByMe(), paths().claim(). --]
[#macro claim task]
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
[/#macro]

[#-- The audit entries (TaskView.HistoryRow), oldest first. --]
[#macro history entries]
  <h2>${i18n['backoffice.task.history']}</h2>
  [#if entries?has_content]
  <ol class="history">
    [#list entries as entry]
    <li><time datetime="${entry.atIso()}">${entry.at()}</time> – ${entry.action()} – ${entry.actor()}[#if entry.reason()??]<br>${i18n.get('backoffice.task.historyReason', [entry.reason()])}[/#if]</li>
    [/#list]
  </ol>
  [#else]
  <p>${i18n['backoffice.task.noHistory']}</p>
  [/#if]
[/#macro]
