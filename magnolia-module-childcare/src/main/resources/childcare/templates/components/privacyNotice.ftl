[#-- The privacy notice. --]
<div class="component privacy-notice">
  <h1>${i18n['childcare.privacy.title']}</h1>
  <h2>${i18n['childcare.privacy.controllerTitle']}</h2>
  <p>${i18n.get('childcare.privacy.controller', [site.cityName])}</p>
  <h2>${i18n['childcare.privacy.purposeTitle']}</h2>
  <p>${i18n['childcare.privacy.purpose']}</p>
  <h2>${i18n['childcare.privacy.dataTitle']}</h2>
  <p>${i18n['childcare.privacy.data']}</p>
  <h2>${i18n['childcare.privacy.retentionTitle']}</h2>
  <p>${i18n['childcare.privacy.retention']}</p>
  <h2>${i18n['childcare.privacy.rightsTitle']}</h2>
  <p>${i18n['childcare.privacy.rights']}</p>
</div>
