[#-- One page in the editor. Model: page (Views.PageView: status, page properties, areas with their components and
     the types each area offers), errors (page properties: field → message). --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#import "/backoffice/templates/pages/fields.ftl" as d]
[#assign page = model.page]
[#assign errors = model.errors!{}]
<div class="component page-editor">
  <p><a href="${ctx.contextPath}${model.treePath}">${i18n['backoffice.pages.back']}</a></p>
  <h1>${page.title()}</h1>
  <dl class="summary">
    <dt>${i18n['backoffice.pages.page.address']}</dt>
    <dd><code>${page.path()}</code></dd>
    <dt>${i18n['backoffice.pages.page.status']}</dt>
    <dd><span class="page-status page-status--${page.status()}">${page.statusLabel()}</span></dd>
  </dl>
  <ul class="page-editor__links">
    <li><a href="${ctx.contextPath}${page.previewPath()}">${i18n['backoffice.pages.page.preview']}</a></li>
    <li><a href="${ctx.contextPath}${page.historyPath()}">${i18n['backoffice.pages.page.history']}</a></li>
  </ul>

  <section class="page-editor__publish" aria-labelledby="publier">
    <h2 id="publier">${i18n['backoffice.pages.page.publishTitle']}</h2>
    [#if page.parentToPublish()??]
    <div class="notice notice--warning"><p>${i18n.get('backoffice.pages.page.parentFirst', [page.parentToPublish()])}</p></div>
    [#else]
    <p class="hint">${i18n['backoffice.pages.page.publishHint']}</p>
    <form method="post" action="${ctx.contextPath}${model.publishPath}">
      [@f.csrf /]
      <input type="hidden" name="chemin" value="${page.path()}">
      <button type="submit" class="button button--primary">${i18n['backoffice.pages.page.publish']}</button>
    </form>
    [/#if]
  </section>

  [#if page.properties()?has_content]
  <h2 id="proprietes">${i18n['backoffice.pages.page.propertiesTitle']}</h2>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${model.pagePath}" novalidate>
    [@f.csrf /]
    <input type="hidden" name="chemin" value="${page.path()}">
    [@d.fields page.properties() errors /]
    <button type="submit" class="button">${i18n['backoffice.pages.page.saveProperties']}</button>
  </form>
  [/#if]

  <h2>${i18n['backoffice.pages.page.contentTitle']}</h2>
  <p class="hint">${i18n['backoffice.pages.page.contentHint']}</p>
  [#list page.areas() as area]
  <fieldset class="group page-area" id="zone-${area.name()}">
    <legend>${area.legend()}</legend>
    [#if area.hint()?has_content]<p class="hint">${area.hint()}</p>[/#if]
    [#if area.components()?has_content]
    <ol class="component-list">
      [#list area.components() as component]
      [#assign which = i18n.get('backoffice.pages.page.which', [component.number(), component.title()])]
      <li class="component-row">
        <p><strong>${component.title()}</strong>[#if component.summary()?has_content] – ${component.summary()}[/#if]</p>
        <ul class="component-row__actions">
          [#if component.editPath()??]
          <li><a href="${ctx.contextPath}${component.editPath()}">${i18n['backoffice.pages.page.edit']}<span class="visually-hidden"> ${which}</span></a></li>
          [/#if]
          [#if component.moveUp()]
          <li>
            <form method="post" action="${ctx.contextPath}${model.movePath}" class="inline-form">
              [@f.csrf /]
              <input type="hidden" name="chemin" value="${component.path()}">
              <input type="hidden" name="sens" value="haut">
              <button type="submit" class="link-button">${i18n['backoffice.pages.page.moveUp']}<span class="visually-hidden"> ${which}</span></button>
            </form>
          </li>
          [/#if]
          [#if component.moveDown()]
          <li>
            <form method="post" action="${ctx.contextPath}${model.movePath}" class="inline-form">
              [@f.csrf /]
              <input type="hidden" name="chemin" value="${component.path()}">
              <input type="hidden" name="sens" value="bas">
              <button type="submit" class="link-button">${i18n['backoffice.pages.page.moveDown']}<span class="visually-hidden"> ${which}</span></button>
            </form>
          </li>
          [/#if]
          [#if component.deletePath()??]
          <li><a href="${ctx.contextPath}${component.deletePath()}">${i18n['backoffice.pages.page.delete']}<span class="visually-hidden"> ${which}</span></a></li>
          [/#if]
        </ul>
      </li>
      [/#list]
    </ol>
    [#else]
    <p>${i18n['backoffice.pages.page.emptyArea']}</p>
    [/#if]
    [#if area.full()]
    <p class="hint">${i18n.get('backoffice.pages.page.areaFull', [area.capacity()])}</p>
    [#elseif area.choices()?has_content]
    <form method="get" action="${ctx.contextPath}${model.newComponentPath}" class="add-component">
      <input type="hidden" name="chemin" value="${page.path()}">
      <input type="hidden" name="zone" value="${area.name()}">
      <div class="field">
        <label for="modele-${area.name()}">${i18n['backoffice.pages.page.componentType']}</label>
        <select id="modele-${area.name()}" name="modele">
          [#list area.choices() as choice]
          <option value="${choice.value()}">${choice.label()}</option>
          [/#list]
        </select>
      </div>
      <button type="submit" class="button">${i18n['backoffice.pages.page.add']}<span class="visually-hidden"> ${i18n.get('backoffice.pages.page.inArea', [area.legend()])}</span></button>
    </form>
    [/#if]
  </fieldset>
  [/#list]
</div>
