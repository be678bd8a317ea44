[#-- A new sub-page. Model: parent (PageEditing.TreePage), title and name (as typed), titleMax, nameMax, errors
     (field → message). --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component">
  <p><a href="${ctx.contextPath}${model.treePath}">${i18n['backoffice.pages.back']}</a></p>
  <h1>${i18n.get('backoffice.pages.newPage.title', [model.parent.title()])}</h1>
  <p>${i18n['backoffice.pages.newPage.intro']}</p>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${model.newPagePath}" novalidate>
    [@f.csrf /]
    <input type="hidden" name="parent" value="${model.parent.path()}">
    [@f.input name="title" label=i18n['backoffice.pages.newPage.pageName'] value=model.title errors=errors hint=i18n.get('backoffice.pages.newPage.titleHint', [model.titleMax]) maxlength=model.titleMax /]
    [@f.input name="name" label=i18n['backoffice.pages.newPage.name'] value=model.name errors=errors hint=i18n.get('backoffice.pages.newPage.nameHint', [model.parent.path(), model.nameMax]) maxlength=model.nameMax /]
    <button type="submit" class="button button--primary">${i18n['backoffice.pages.newPage.submit']}</button>
  </form>
</div>
