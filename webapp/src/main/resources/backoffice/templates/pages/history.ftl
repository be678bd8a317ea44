[#-- A page's publications, newest first. Model: title, editPath, publications (Views.HistoryRow). --]
<div class="component">
  <p><a href="${ctx.contextPath}${model.editPath}">${i18n.get('backoffice.pages.backToPage', [model.title])}</a></p>
  <h1>${i18n.get('backoffice.pages.history.title', [model.title])}</h1>
  <p>${i18n['backoffice.pages.history.intro']}</p>
  [#if model.publications?has_content]
  <ol class="history publication-list">
    [#list model.publications as publication]
    <li>
      <p>${i18n.get('backoffice.pages.history.entry', [publication.publishedAt(), publication.publishedBy()])}[#if publication.online()] <strong>${i18n['backoffice.pages.history.online']}</strong>[/#if]</p>
      [#if publication.restoredFrom()??]<p class="hint">${publication.restoredFrom()}</p>[/#if]
      <p><a href="${ctx.contextPath}${publication.restorePath()}">${i18n['backoffice.pages.history.restore']}<span class="visually-hidden"> ${i18n.get('backoffice.pages.history.ofDate', [publication.publishedAt()])}</span></a></p>
    </li>
    [/#list]
  </ol>
  [#else]
  <p>${i18n['backoffice.pages.history.empty']}</p>
  [/#if]
</div>
