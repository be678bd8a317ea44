[#-- Confirming the restoration of a publication. Model: title, path, publicationId, publishedAt, publishedBy,
     historyPath. --]
[#import "/childcare/templates/macros/form.ftl" as f]
<div class="component">
  <p><a href="${ctx.contextPath}${model.historyPath}">${i18n['backoffice.pages.restore.back']}</a></p>
  <h1>${i18n.get('backoffice.pages.restore.title', [model.publishedAt])}</h1>
  <p>${i18n.get('backoffice.pages.restore.what', [model.title, model.publishedAt, model.publishedBy])}</p>
  <p>${i18n['backoffice.pages.restore.warning']}</p>
  <form method="post" action="${ctx.contextPath}${model.restorePath}">
    [@f.csrf /]
    <input type="hidden" name="chemin" value="${model.path}">
    <input type="hidden" name="publication" value="${model.publicationId}">
    <div class="actions">
      <button type="submit" class="button button--primary">${i18n['backoffice.pages.restore.submit']}</button>
      <a class="button" href="${ctx.contextPath}${model.historyPath}">${i18n['backoffice.pages.cancel']}</a>
    </div>
  </form>
</div>
