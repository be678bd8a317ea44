[#-- Confirming a page's deletion. Model: page (PageEditing.TreePage), subPages (how many go with it), refusal
     (message key, when the page cannot be deleted), editPath. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign page = model.page]
<div class="component">
  <p><a href="${ctx.contextPath}${model.treePath}">${i18n['backoffice.pages.back']}</a></p>
  <h1>${i18n.get('backoffice.pages.deletePage.title', [page.title()])}</h1>
  <p>${i18n.get('backoffice.pages.deletePage.address', [page.path()])}</p>
  [#if model.refusal??]
  <div class="notice notice--warning"><p>${i18n[model.refusal]}</p></div>
  [#else]
  <p>${i18n['backoffice.pages.deletePage.warning']}</p>
  [#if model.subPages > 0]
  <p><strong>${i18n.get('backoffice.pages.deletePage.subPages', [model.subPages])}</strong></p>
  [/#if]
  <form method="post" action="${ctx.contextPath}${model.deletePagePath}">
    [@f.csrf /]
    <input type="hidden" name="chemin" value="${page.path()}">
    <div class="actions">
      <button type="submit" class="button button--danger">${i18n['backoffice.pages.deletePage.submit']}</button>
      <a class="button" href="${ctx.contextPath}${model.editPath}">${i18n['backoffice.pages.cancel']}</a>
    </div>
  </form>
  [/#if]
</div>
