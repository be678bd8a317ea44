[#-- Back-office welcome. Model: webmaster (boolean), pagesPath, openTasks, inboxPath, outboxPath (webmasters only). --]
<div class="component backoffice-home">
  <h1>${i18n.get('backoffice.home.title', [ctx.user.name])}</h1>
  [#if model.webmaster]
  <ul class="link-list">
    <li>
      <a href="${ctx.contextPath}${model.inboxPath}">${i18n['backoffice.home.inbox']}</a>
      <p class="hint">${i18n.get('backoffice.home.inboxCount', [model.openTasks])}</p>
    </li>
    <li>
      <a href="${ctx.contextPath}${model.outboxPath}">${i18n['backoffice.home.outbox']}</a>
      <p class="hint">${i18n['backoffice.home.outboxHint']}</p>
    </li>
    <li>
      <a href="${ctx.contextPath}${model.pagesPath}">${i18n['backoffice.home.pages']}</a>
      <p class="hint">${i18n['backoffice.home.pagesHint']}</p>
    </li>
  </ul>
  [#else]
  <ul class="link-list">
    <li>
      <a href="${ctx.contextPath}${model.pagesPath}">${i18n['backoffice.home.pages']}</a>
      <p class="hint">${i18n['backoffice.home.pagesHint']}</p>
    </li>
  </ul>
  [/#if]
</div>
