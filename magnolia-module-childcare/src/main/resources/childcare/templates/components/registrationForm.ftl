[#-- Registration form for families and caregivers. Model: form (RegistrationForm), errors (field → message),
     neighbourhoods, months, years, kinds, caregiverTypes (value/label hashes), maxDocumentMb. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign form = model.form]
[#assign errors = model.errors!{}]
<div class="component registration">
  <h1>${i18n['childcare.registration.title']}</h1>
  [#if (content.introduction)?has_content]<p class="lead">${content.introduction}</p>[/#if]
  <p class="lead">${i18n['childcare.registration.intro']}</p>
  <p>${i18n['childcare.form.allRequired']}</p>

  [@f.errorSummary errors /]

  <form method="post" action="${ctx.contextPath}${site.paths.register}" enctype="multipart/form-data" novalidate>
    [@f.csrf /]

    [@f.radios name="kind" legend=i18n['childcare.registration.kind'] options=model.kinds value=form.kind! errors=errors /]

    <fieldset class="group">
      <legend>${i18n['childcare.registration.identity']}</legend>
      [@f.input name="firstName" label=i18n['childcare.registration.firstName'] value=form.firstName! errors=errors autocomplete="given-name" maxlength=60 /]
      [@f.input name="lastName" label=i18n['childcare.registration.lastName'] value=form.lastName! errors=errors autocomplete="family-name" maxlength=60 /]
      [@f.input name="email" type="email" label=i18n['childcare.registration.email'] hint=i18n['childcare.registration.emailHint'] value=form.email! errors=errors autocomplete="email" maxlength=254 /]
      [@f.input name="phone" type="tel" label=i18n['childcare.registration.phone'] hint=i18n['childcare.registration.phoneHint'] value=form.phone! errors=errors autocomplete="tel" optional=true maxlength=30 /]
      [@f.input name="postalAddress" label=i18n['childcare.registration.postalAddress'] hint=i18n['childcare.registration.postalAddressHint'] value=form.postalAddress! errors=errors autocomplete="street-address" maxlength=200 /]
      [@f.select name="neighbourhood" label=i18n['childcare.registration.neighbourhood'] hint=i18n['childcare.registration.neighbourhoodHint'] options=model.neighbourhoods value=form.neighbourhood! errors=errors placeholder=i18n['childcare.form.choose'] /]
    </fieldset>

    <fieldset class="group" id="${f.fieldId('children')}"[#if errors['children']??] aria-describedby="${f.fieldId('children')}-error"[/#if]>
      <legend>${i18n['childcare.registration.children']}</legend>
      <p class="hint">${i18n['childcare.registration.childrenHint']}</p>
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

    <fieldset class="group">
      <legend>${i18n['childcare.registration.caregiver']}</legend>
      [@f.radios name="caregiverType" legend=i18n['childcare.registration.caregiverType'] options=model.caregiverTypes value=form.caregiverType! errors=errors /]
      <p class="hint">${i18n['childcare.registration.childminderHint']}</p>
      [@f.input name="approvalNumber" label=i18n['childcare.registration.approvalNumber'] value=form.approvalNumber! errors=errors optional=true maxlength=30 /]
      [@f.input name="places" label=i18n['childcare.registration.places'] hint=i18n['childcare.registration.placesHint'] value=form.places! errors=errors optional=true maxlength=1 inputmode="numeric" /]
    </fieldset>

    <fieldset class="group" id="${f.fieldId('documents')}"[#if errors['documents']??] aria-describedby="${f.fieldId('documents')}-error"[/#if]>
      <legend>${i18n['childcare.registration.documents']}</legend>
      <p class="hint" >${i18n.get('childcare.registration.documentsHint', [model.maxDocumentMb])}</p>
      [@f.fieldError f.fieldId('documents') errors['documents']!"" /]
      [#list 1..3 as n]
      <div class="field">
        <label for="f-document-${n}">${i18n.get('childcare.registration.document', [n])}[#if n > 1] <span class="optional">${i18n['childcare.form.optional']}</span>[/#if]</label>
        <input type="file" id="f-document-${n}" name="documents" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png">
      </div>
      [/#list]
      [#if errors?has_content]<p class="hint">${i18n['childcare.registration.documentsAgain']}</p>[/#if]
    </fieldset>

    [@f.checkbox name="privacyAccepted" label=i18n['childcare.registration.privacy'] checked=form.privacyAccepted errors=errors /]
    <p class="hint"><a href="${ctx.contextPath}${site.paths.privacy}">${i18n['childcare.registration.privacyLink']}</a></p>

    <button type="submit" class="button button--primary">${i18n['childcare.registration.submit']}</button>
  </form>
</div>
