[#-- The retention periods of the privacy notice, from the live configuration. Model: lines (sentences). --]
<div class="component text-block privacy-retention">
  <h2>${i18n['childcare.privacyRetention.title']}</h2>
  <ul>
    [#list model.lines as line]
    <li>${line}</li>
    [/#list]
  </ul>
  <p class="hint">${i18n['childcare.privacyRetention.hint']}</p>
</div>
