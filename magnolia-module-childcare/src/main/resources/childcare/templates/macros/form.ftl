[#-- Form building blocks shared by the module's components. Every field has a label, shows its
     error next to it (linked with aria-describedby) and keeps what the user typed. Errors come
     as a map of field name to message, already translated. --]

[#function fieldId name]
  [#return "f-" + name?replace("[", "-")?replace("]", "")?replace(".", "-")]
[/#function]

[#macro csrf]
  [#if ctx.csrf??]<input type="hidden" name="${ctx.csrf.parameterName}" value="${ctx.csrf.token}">[/#if]
[/#macro]

[#-- The list of problems at the top of a form, each linking to its field. --]
[#macro errorSummary errors]
  [#if errors?has_content]
  <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${i18n.get('childcare.form.errorSummary', [errors?size])}</h2>
    <ul>
      [#list errors as field, message]
      <li><a href="#${fieldId(field)}">${message}</a></li>
      [/#list]
    </ul>
  </div>
  [/#if]
[/#macro]

[#macro fieldError id error]
  [#if error?has_content]
  <p class="field-error" id="${id}-error"><span class="visually-hidden">${i18n['childcare.form.errorPrefix']} </span>${error}</p>
  [/#if]
[/#macro]

[#function describedBy id hint error]
  [#local ids = []]
  [#if hint?has_content][#local ids = ids + [id + "-hint"]][/#if]
  [#if error?has_content][#local ids = ids + [id + "-error"]][/#if]
  [#return ids?join(" ")]
[/#function]

[#macro input name label value="" errors={} type="text" hint="" autocomplete="" optional=false maxlength=0 inputmode=""]
  [#local id = fieldId(name)]
  [#local error = errors[name]!""]
  [#local described = describedBy(id, hint, error)]
  <div class="field[#if error?has_content] field--error[/#if]">
    <label for="${id}">${label}[#if optional] <span class="optional">${i18n['childcare.form.optional']}</span>[/#if]</label>
    [#if hint?has_content]<p class="hint" id="${id}-hint">${hint}</p>[/#if]
    [@fieldError id error /]
    <input id="${id}" name="${name}" type="${type}"[#if type != "password"] value="${value!}"[/#if][#if autocomplete?has_content] autocomplete="${autocomplete}"[/#if][#if maxlength > 0] maxlength="${maxlength?c}"[/#if][#if inputmode?has_content] inputmode="${inputmode}"[/#if][#if described?has_content] aria-describedby="${described}"[/#if][#if error?has_content] aria-invalid="true"[/#if][#if !optional] aria-required="true"[/#if]>
  </div>
[/#macro]

[#macro textarea name label value="" errors={} hint="" optional=false maxlength=0 rows=5]
  [#local id = fieldId(name)]
  [#local error = errors[name]!""]
  [#local described = describedBy(id, hint, error)]
  <div class="field[#if error?has_content] field--error[/#if]">
    <label for="${id}">${label}[#if optional] <span class="optional">${i18n['childcare.form.optional']}</span>[/#if]</label>
    [#if hint?has_content]<p class="hint" id="${id}-hint">${hint}</p>[/#if]
    [@fieldError id error /]
    <textarea id="${id}" name="${name}" rows="${rows?c}"[#if maxlength > 0] maxlength="${maxlength?c}"[/#if][#if described?has_content] aria-describedby="${described}"[/#if][#if error?has_content] aria-invalid="true"[/#if][#if !optional] aria-required="true"[/#if]>${value!}</textarea>
  </div>
[/#macro]

[#-- options: a sequence of hashes with "value" and "label". --]
[#macro select name label options value="" errors={} hint="" optional=false placeholder=""]
  [#local id = fieldId(name)]
  [#local error = errors[name]!""]
  [#local described = describedBy(id, hint, error)]
  <div class="field[#if error?has_content] field--error[/#if]">
    <label for="${id}">${label}[#if optional] <span class="optional">${i18n['childcare.form.optional']}</span>[/#if]</label>
    [#if hint?has_content]<p class="hint" id="${id}-hint">${hint}</p>[/#if]
    [@fieldError id error /]
    <select id="${id}" name="${name}"[#if described?has_content] aria-describedby="${described}"[/#if][#if error?has_content] aria-invalid="true"[/#if][#if !optional] aria-required="true"[/#if]>
      <option value="">${placeholder}</option>
      [#list options as option]
      <option value="${option.value}"[#if option.value == (value!"")] selected[/#if]>${option.label}</option>
      [/#list]
    </select>
  </div>
[/#macro]

[#-- A group of radio buttons in a fieldset whose legend is the question. --]
[#macro radios name legend options value="" errors={} hint=""]
  [#local id = fieldId(name)]
  [#local error = errors[name]!""]
  [#local described = describedBy(id, hint, error)]
  <fieldset class="field[#if error?has_content] field--error[/#if]" id="${id}"[#if described?has_content] aria-describedby="${described}"[/#if]>
    <legend>${legend}</legend>
    [#if hint?has_content]<p class="hint" id="${id}-hint">${hint}</p>[/#if]
    [@fieldError id error /]
    [#list options as option]
    <div class="choice">
      <input type="radio" id="${id}-${option?index}" name="${name}" value="${option.value}"[#if option.value == (value!"")] checked[/#if]>
      <label for="${id}-${option?index}">${option.label}</label>
    </div>
    [/#list]
  </fieldset>
[/#macro]

[#macro checkbox name label checked=false errors={} hint=""]
  [#local id = fieldId(name)]
  [#local error = errors[name]!""]
  [#local described = describedBy(id, hint, error)]
  <div class="field choice[#if error?has_content] field--error[/#if]">
    [@fieldError id error /]
    <input type="checkbox" id="${id}" name="${name}" value="true"[#if checked] checked[/#if][#if described?has_content] aria-describedby="${described}"[/#if][#if error?has_content] aria-invalid="true"[/#if]>
    <label for="${id}">${label}</label>
    [#if hint?has_content]<p class="hint" id="${id}-hint">${hint}</p>[/#if]
  </div>
[/#macro]
