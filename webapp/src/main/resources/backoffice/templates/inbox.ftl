[#-- The inbox. Model: tasks (InboxRow list, oldest first). --]
<div class="component inbox">
  <h1>${i18n['backoffice.inbox.title']}</h1>
  [#if model.tasks?has_content]
  <p>${i18n.get('backoffice.inbox.count', [model.tasks?size])}</p>
  <ol class="task-list">
    [#list model.tasks as task]
    <li class="task-list__item">
      <h2><a href="${ctx.contextPath}${task.path()}">${task.applicant()!(i18n['backoffice.inbox.noApplicant'])}</a></h2>
      <dl class="summary">
        <dt>${i18n['backoffice.inbox.waiting']}</dt><dd>${task.age()}</dd>
        <dt>${i18n['backoffice.inbox.type']}</dt><dd>${task.type()}</dd>
        [#if task.kind()??]<dt>${i18n['backoffice.inbox.kind']}</dt><dd>${task.kind()}</dd>[/#if]
        [#if task.neighbourhood()??]<dt>${i18n['backoffice.inbox.neighbourhood']}</dt><dd>${task.neighbourhood()}</dd>[/#if]
        <dt>${i18n['backoffice.inbox.claimedBy']}</dt><dd>${task.claimedBy()!(i18n['backoffice.inbox.notClaimed'])}</dd>
      </dl>
    </li>
    [/#list]
  </ol>
  [#else]
  <p>${i18n['backoffice.inbox.empty']}</p>
  <p class="hint">${i18n['backoffice.inbox.emptyHint']}</p>
  [/#if]
</div>
