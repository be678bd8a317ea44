[#-- The fields of a form generated from a dialog definition (Views.FieldView), with the module's form macros:
     each field labelled, its hint and error linked to it, what was typed kept. --]
[#import "/childcare/templates/macros/form.ftl" as f]

[#macro fields list errors]
  [#list list as field]
    [#switch field.kind()]
      [#case "textarea"]
        [@f.textarea name=field.name() label=field.label() value=field.value() errors=errors hint=field.hint() optional=!field.required() maxlength=field.maxLength() rows=field.rows() /]
        [#break]
      [#case "richText"]
        [@f.textarea name=field.name() label=field.label() value=field.value() errors=errors hint=field.hint() optional=!field.required() maxlength=field.maxLength() rows=10 /]
        [#break]
      [#case "date"]
        [@f.input name=field.name() label=field.label() value=field.value() errors=errors hint=field.hint() optional=!field.required() type="date" /]
        [#break]
      [#case "select"]
        [@f.select name=field.name() label=field.label() options=field.options()?map(option -> {"value": option.value(), "label": option.label()}) value=field.value() errors=errors hint=field.hint() optional=!field.required() placeholder=i18n['backoffice.pages.field.choose'] /]
        [#break]
      [#case "checkbox"]
        [#if field.legend()??]
        <fieldset class="group">
          <legend>${field.legend()}</legend>
          [@f.checkbox name=field.name() label=field.label() checked=field.checked() errors=errors hint=field.hint() /]
        </fieldset>
        [#else]
        [@f.checkbox name=field.name() label=field.label() checked=field.checked() errors=errors hint=field.hint() /]
        [/#if]
        [#break]
      [#case "upload"]
        [@upload field errors /]
        [#break]
      [#default]
        [@f.input name=field.name() label=field.label() value=field.value() errors=errors hint=field.hint() optional=!field.required() maxlength=field.maxLength() /]
    [/#switch]
  [/#list]
[/#macro]

[#-- An image: the current one shown, a file chooser for a new one, and a box to remove it. --]
[#macro upload field errors]
  [#local id = f.fieldId(field.name())]
  [#local error = errors[field.name()]!""]
  [#local described = f.describedBy(id, field.hint(), error)]
  <div class="field[#if error?has_content] field--error[/#if]">
    <label for="${id}">${field.label()}[#if !field.required()] <span class="optional">${i18n['childcare.form.optional']}</span>[/#if]</label>
    [#if field.hint()?has_content]<p class="hint" id="${id}-hint">${field.hint()}</p>[/#if]
    [@f.fieldError id error /]
    [#if field.imageUrl()??]
    <div class="current-image">
      <p>${i18n.get('backoffice.pages.image.current', [field.imageName()!""])}</p>
      <img src="${ctx.contextPath}${field.imageUrl()}" alt="">
    </div>
    [/#if]
    <input type="file" id="${id}" name="${field.name()}" accept="image/png,image/jpeg,image/gif,image/webp"[#if described?has_content] aria-describedby="${described}"[/#if][#if error?has_content] aria-invalid="true"[/#if]>
    [#if field.imageUrl()??]
    <div class="choice">
      <input type="checkbox" id="${id}-supprimer" name="${field.name()}-supprimer" value="true">
      <label for="${id}-supprimer">${i18n['backoffice.pages.image.remove']}</label>
    </div>
    [/#if]
  </div>
[/#macro]
