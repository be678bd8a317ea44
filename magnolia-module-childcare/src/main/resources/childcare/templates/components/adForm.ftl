[#-- Posting or editing an ad. Model: form (AdForm), errors (field → message), editing (AdView or null), action,
     configurations, careTypes, neighbourhoods, months, days, halfDays, hostings, languages, qualifications
     (value/label hashes), caregiver, hasPhone. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign form = model.form]
[#assign errors = model.errors!{}]
<div class="component ad-form">
  [#if model.editing??]
  <h1>${i18n.get('childcare.adForm.editHeading', [model.editing.title()])}</h1>
  [#else]
  <h1>${i18n['childcare.adForm.title']}</h1>
  <p class="lead">${i18n.get('childcare.adForm.intro', [model.lifetimeDays])}</p>
  [/#if]
  <p>${i18n['childcare.form.allRequired']}</p>

  [@f.errorSummary errors /]

  <form method="post" action="${ctx.contextPath}${model.action}" novalidate>
    [@f.csrf /]

    [@f.radios name="configuration" legend=i18n['childcare.adForm.configuration'] options=model.configurations value=form.configuration! errors=errors /]
    [@f.radios name="careType" legend=i18n['childcare.adForm.careType'] hint=i18n['childcare.adForm.careTypeHint'] options=model.careTypes value=form.careType! errors=errors /]

    <fieldset class="group">
      <legend>${i18n['childcare.adForm.about']}</legend>
      [@f.input name="title" label=i18n['childcare.adForm.adTitle'] hint=i18n['childcare.adForm.adTitleHint'] value=form.title! errors=errors maxlength=80 /]
      [@f.textarea name="text" label=i18n['childcare.adForm.text'] hint=i18n['childcare.adForm.textHint'] value=form.text! errors=errors maxlength=2000 rows=8 /]
      [@f.select name="neighbourhood" label=i18n['childcare.adForm.neighbourhood'] hint=i18n['childcare.adForm.neighbourhoodHint'] options=model.neighbourhoods value=form.neighbourhood! errors=errors placeholder=i18n['childcare.form.choose'] /]
    </fieldset>

    <fieldset class="group" id="${f.fieldId('children')}"[#if errors['children']??] aria-describedby="${f.fieldId('children')}-error"[/#if]>
      <legend>${i18n['childcare.adForm.children']}</legend>
      <p class="hint">${i18n['childcare.adForm.childrenHint']}</p>
      [@f.fieldError f.fieldId('children') errors['children']!"" /]
      [#list form.children as child]
        [#assign rowName = "children[" + child?index + "]"]
        [#assign rowId = f.fieldId(rowName)]
        [#assign rowError = errors[rowName]!""]
        <fieldset class="child-row[#if rowError?has_content] field--error[/#if]" id="${rowId}"[#if rowError?has_content] aria-describedby="${rowId}-error"[/#if]>
          <legend>${i18n.get('childcare.registration.child', [child?index + 1])}</legend>
          [@f.fieldError rowId rowError /]
          <div class="inline-fields">
            [@f.select name=rowName + ".month" label=i18n['childcare.registration.birthMonth'] options=model.months value=child.month! optional=true placeholder="—" /]
            [@f.input name=rowName + ".year" label=i18n['childcare.registration.birthYear'] value=child.year! optional=true maxlength=4 inputmode="numeric" /]
          </div>
        </fieldset>
      [/#list]
    </fieldset>

    <fieldset class="group" id="${f.fieldId('slots')}"[#if errors['slots']??] aria-describedby="${f.fieldId('slots')}-error"[/#if]>
      <legend>${i18n['childcare.adForm.schedule']}</legend>
      <p class="hint">${i18n['childcare.adForm.scheduleHint']}</p>
      [@f.fieldError f.fieldId('slots') errors['slots']!"" /]
      [@slotGrid selected=form.slots /]
      [#list form.ranges as range]
        [#assign rowName = "ranges[" + range?index + "]"]
        [#assign rowId = f.fieldId(rowName)]
        [#assign rowError = errors[rowName]!""]
        <fieldset class="child-row[#if rowError?has_content] field--error[/#if]" id="${rowId}"[#if rowError?has_content] aria-describedby="${rowId}-error"[/#if]>
          <legend>${i18n.get('childcare.adForm.range', [range?index + 1])}</legend>
          [@f.fieldError rowId rowError /]
          <div class="inline-fields">
            [@f.select name=rowName + ".day" label=i18n['childcare.adForm.rangeDay'] options=model.days value=range.day! optional=true placeholder="—" /]
            [@f.input name=rowName + ".from" label=i18n['childcare.adForm.rangeFrom'] value=range.from! optional=true maxlength=5 hint="" /]
            [@f.input name=rowName + ".to" label=i18n['childcare.adForm.rangeTo'] value=range.to! optional=true maxlength=5 /]
          </div>
        </fieldset>
      [/#list]
    </fieldset>

    [@f.input name="startDate" type="date" label=i18n['childcare.adForm.startDate'] hint=i18n['childcare.adForm.startDateHint'] value=form.startDate! errors=errors /]
    [@f.radios name="hosting" legend=i18n['childcare.adForm.hosting'] hint=i18n['childcare.adForm.hostingHint'] options=model.hostings value=form.hosting! errors=errors /]
    [@f.input name="hourlyRate" label=i18n['childcare.adForm.hourlyRate'] hint=i18n['childcare.adForm.hourlyRateHint'] value=form.hourlyRate! errors=errors optional=true maxlength=8 inputmode="decimal" /]

    [@checkboxes name="languages" legend=i18n['childcare.adForm.languages'] hint=i18n['childcare.adForm.languagesHint'] options=model.languages selected=form.languages /]
    [#if model.caregiver]
    [@checkboxes name="qualifications" legend=i18n['childcare.adForm.qualifications'] hint=i18n['childcare.adForm.qualificationsHint'] options=model.qualifications selected=form.qualifications /]
    [/#if]

    <fieldset class="group">
      <legend>${i18n['childcare.adForm.contact']}</legend>
      <p class="hint">${i18n['childcare.adForm.contactHint']}</p>
      [#if model.hasPhone]
      [@f.checkbox name="showPhone" label=i18n['childcare.adForm.showPhone'] checked=form.showPhone errors=errors /]
      [/#if]
      [@f.checkbox name="showEmail" label=i18n['childcare.adForm.showEmail'] checked=form.showEmail errors=errors /]
    </fieldset>

    <button type="submit" class="button button--primary">${i18n[model.editing???then('childcare.adForm.save', 'childcare.adForm.submit')]}</button>
    <a class="button" href="${ctx.contextPath}${site.paths.myAds}">${i18n['childcare.adForm.cancel']}</a>
  </form>
</div>

[#-- Checkboxes for several values of one field. --]
[#macro checkboxes name legend options selected hint=""]
  [#local id = f.fieldId(name)]
  [#local error = errors[name]!""]
  <fieldset class="field[#if error?has_content] field--error[/#if]" id="${id}"[#if error?has_content] aria-describedby="${id}-error"[/#if]>
    <legend>${legend} <span class="optional">${i18n['childcare.form.optional']}</span></legend>
    [#if hint?has_content]<p class="hint">${hint}</p>[/#if]
    [@f.fieldError id error /]
    <div class="choices">
    [#list options as option]
      <div class="choice">
        <input type="checkbox" id="${id}-${option?index}" name="${name}" value="${option.value}"[#if selected?seq_contains(option.value)] checked[/#if]>
        <label for="${id}-${option?index}">${option.label}</label>
      </div>
    [/#list]
    </div>
  </fieldset>
[/#macro]

[#-- The week as a table: a checkbox per day and half-day, named slots=MONDAY:MORNING. --]
[#macro slotGrid selected]
  <div class="table-wrapper">
  <table class="slot-grid">
    <caption class="visually-hidden">${i18n['childcare.adForm.scheduleGrid']}</caption>
    <thead><tr><td></td>[#list model.halfDays as half]<th scope="col">${half.label}</th>[/#list]</tr></thead>
    <tbody>
    [#list model.days as day]
      <tr>
        <th scope="row">${day.label}</th>
        [#list model.halfDays as half]
        [#assign slot = day.value + ":" + half.value]
        <td><input type="checkbox" name="slots" value="${slot}" id="f-slot-${day.value}-${half.value}" aria-label="${day.label} ${half.label}"[#if selected?seq_contains(slot)] checked[/#if]></td>
        [/#list]
      </tr>
    [/#list]
    </tbody>
  </table>
  </div>
[/#macro]
