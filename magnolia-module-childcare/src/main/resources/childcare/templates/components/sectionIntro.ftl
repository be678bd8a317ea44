[#-- The section's introduction, with the calls to action that fit the visitor. Editors may replace the title and
     the lead and hide the steps (dialog childcare:components/sectionIntro); an empty field keeps the bundle's text. --]
<div class="component section-intro">
  <h1>[#if (content.title)?has_content]${content.title}[#else]${site.serviceName}[/#if]</h1>
  [#if model.loggedOut??]<div class="notice notice--success" role="status"><p>${i18n['childcare.login.loggedOut']}</p></div>[/#if]
  [#if model.notice??]<div class="notice notice--success" role="status"><p>${model.notice}</p></div>[/#if]
  <p class="lead">[#if (content.lead)?has_content]${content.lead}[#else]${i18n['childcare.section.lead']}[/#if]</p>
  <ul class="benefits">
    <li>${i18n['childcare.section.point1']}</li>
    <li>${i18n['childcare.section.point2']}</li>
    <li>${i18n['childcare.section.point3']}</li>
  </ul>
  <div class="actions">
  [#if ctx.user?? && !ctx.user.staff]
    <a class="button button--primary" href="${ctx.contextPath}${site.paths.account}">${i18n['childcare.section.toAccount']}</a>
  [#else]
    <a class="button button--primary" href="${ctx.contextPath}${site.paths.register}">${i18n['childcare.section.register']}</a>
    <a class="button" href="${ctx.contextPath}${site.paths.login}">${i18n['childcare.section.login']}</a>
  [/#if]
  </div>
  [#if (content.showSteps)!true]
  <h2>${i18n['childcare.section.howTitle']}</h2>
  <ol>
    <li>${i18n['childcare.section.how1']}</li>
    <li>${i18n['childcare.section.how2']}</li>
    <li>${i18n['childcare.section.how3']}</li>
  </ol>
  [/#if]
</div>
