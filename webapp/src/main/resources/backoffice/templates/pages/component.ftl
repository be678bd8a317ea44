[#-- A component's form, generated from its dialog: to add one to an area or to change one. Model: heading, pageName,
     action, hidden (name → value), fields (Views.FieldView), multipart (whether a field takes a file), submit
     (message key), errors (field → message), backPath; conflict (the component was saved or deleted by
     someone else meanwhile). --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#import "/backoffice/templates/pages/fields.ftl" as d]
[#assign errors = model.errors!{}]
<div class="component component-editor">
  <p><a href="${ctx.contextPath}${model.backPath}">${i18n.get('backoffice.pages.backToPage', [model.pageName])}</a></p>
  <h1>${model.heading}</h1>
  [#if model.conflict??]
  <div class="notice notice--warning" role="alert"><p>${model.conflict}</p></div>
  [/#if]
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${model.action}"[#if model.multipart] enctype="multipart/form-data"[/#if] novalidate>
    [@f.csrf /]
    [#list model.hidden as name, value]
    <input type="hidden" name="${name}" value="${value}">
    [/#list]
    [#if model.fields?has_content]
    [@d.fields model.fields errors /]
    [#else]
    <p>${i18n['backoffice.pages.component.noFields']}</p>
    [/#if]
    <div class="actions">
      <button type="submit" class="button button--primary">${i18n[model.submit]}</button>
      <a class="button" href="${ctx.contextPath}${model.backPath}">${i18n['backoffice.pages.cancel']}</a>
    </div>
  </form>
</div>
