[#-- The section's pages, each under its parent. Model: root (Views.TreeRow with its children; absent when the
     section was never imported). --]
[#macro pageItem row]
  <li>
    <div class="page-tree__page">
      <a class="page-tree__title" href="${ctx.contextPath}${row.editPath()}">${row.title()}</a>
      <span class="page-status page-status--${row.status()}">${row.statusLabel()}</span>
      <br><code class="page-tree__address">${row.path()}</code>
      <ul class="page-tree__actions">
        <li><a href="${ctx.contextPath}${row.previewPath()}">${i18n['backoffice.pages.tree.preview']}<span class="visually-hidden"> ${i18n.get('backoffice.pages.tree.ofPage', [row.title()])}</span></a></li>
        <li><a href="${ctx.contextPath}${row.newChildPath()}">${i18n['backoffice.pages.tree.addChild']}<span class="visually-hidden"> ${i18n.get('backoffice.pages.tree.underPage', [row.title()])}</span></a></li>
        <li><a href="${ctx.contextPath}${row.historyPath()}">${i18n['backoffice.pages.tree.history']}<span class="visually-hidden"> ${i18n.get('backoffice.pages.tree.ofPage', [row.title()])}</span></a></li>
        [#if row.deletePath()??]
        <li><a href="${ctx.contextPath}${row.deletePath()}">${i18n['backoffice.pages.tree.delete']}<span class="visually-hidden"> ${i18n.get('backoffice.pages.tree.thePage', [row.title()])}</span></a></li>
        [/#if]
      </ul>
    </div>
    [#if row.children()?has_content]
    <ul class="page-tree">
      [#list row.children() as child]
      [@pageItem child /]
      [/#list]
    </ul>
    [/#if]
  </li>
[/#macro]
<div class="component page-tree-screen">
  <h1>${i18n['backoffice.pages.tree.title']}</h1>
  <p>${i18n['backoffice.pages.tree.intro']}</p>
  [#if model.root??]
  <ul class="page-tree page-tree--root">
    [@pageItem model.root /]
  </ul>
  [#else]
  <p>${i18n['backoffice.pages.tree.empty']}</p>
  [/#if]
</div>
