[#-- Confirming a component's deletion. Model: path, componentTitle, summary, pageName, areaLegend, backPath. --]
[#import "/childcare/templates/macros/form.ftl" as f]
<div class="component">
  <p><a href="${ctx.contextPath}${model.backPath}">${i18n.get('backoffice.pages.backToPage', [model.pageName])}</a></p>
  <h1>${i18n.get('backoffice.pages.deleteComponent.title', [model.componentTitle])}</h1>
  <p>${i18n.get('backoffice.pages.deleteComponent.where', [model.areaLegend, model.pageName])}</p>
  [#if model.summary?has_content]<p class="hint">${model.summary}</p>[/#if]
  <p>${i18n['backoffice.pages.deleteComponent.warning']}</p>
  <form method="post" action="${ctx.contextPath}${model.deleteComponentPath}">
    [@f.csrf /]
    <input type="hidden" name="chemin" value="${model.path}">
    <div class="actions">
      <button type="submit" class="button button--danger">${i18n['backoffice.pages.deleteComponent.submit']}</button>
      <a class="button" href="${ctx.contextPath}${model.backPath}">${i18n['backoffice.pages.cancel']}</a>
    </div>
  </form>
</div>
