[#-- The inbox. Model: tasks (InboxRow list, oldest first): registrations, ads to review, reports. --]
<div class="component inbox">
  <h1>${i18n['backoffice.inbox.title']}</h1>
  [#if model.tasks?has_content]
  <p>${i18n.get('backoffice.inbox.count', [model.tasks?size])}</p>
  <ol class="task-list">
    [#list model.tasks as task]
    <li class="task-list__item">
      <h2><a href="${ctx.contextPath}${task.path()}">${task.summary()}</a></h2>
      <dl class="summary">
        <dt>${i18n['backoffice.inbox.waiting']}</dt><dd>${task.age()}</dd>
        <dt>${i18n['backoffice.inbox.type']}</dt><dd>${task.type()}</dd>
        [#list task.facts() as fact]<dt>${fact.label()}</dt><dd>${fact.values()?join(", ")}</dd>[/#list]
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
