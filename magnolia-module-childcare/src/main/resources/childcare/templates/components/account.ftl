[#-- The member's own page. Model: member (Member), neighbourhood (name), children (list of labels), notice,
     pendingEmail (a sentence, while a change of e-mail address waits for confirmation). --]
[#assign member = model.member]
[#assign profile = member.profile()]
<div class="component account">
  <h1>${i18n.get('childcare.account.title', [profile.firstName()])}</h1>
  [#if model.notice??]<div class="notice notice--success" role="status"><p>${model.notice}</p></div>[/#if]
  <dl class="summary">
    <dt>${i18n['childcare.account.identifier']}</dt><dd>${member.identifier()!}</dd>
    <dt>${i18n['childcare.account.status']}</dt><dd>${i18n['childcare.member.status.' + member.status()]}</dd>
    <dt>${i18n['childcare.account.kind']}</dt><dd>${model.kindLabel}</dd>
    <dt>${i18n['childcare.account.name']}</dt><dd>${profile.firstName()} ${profile.lastName()}</dd>
    <dt>${i18n['childcare.account.email']}</dt><dd>${profile.email()}[#if model.pendingEmail??]<p class="hint">${model.pendingEmail}</p>[/#if]</dd>
    [#if profile.phone()??]<dt>${i18n['childcare.account.phone']}</dt><dd>${profile.phone()}</dd>[/#if]
    <dt>${i18n['childcare.account.neighbourhood']}</dt><dd>${model.neighbourhood}</dd>
    [#if model.children?has_content]
    <dt>${i18n['childcare.account.children']}</dt>
    <dd><ul>[#list model.children as child]<li>${child}</li>[/#list]</ul></dd>
    [/#if]
    [#if profile.approvalNumber()??]
    <dt>${i18n['childcare.account.approval']}</dt><dd>${profile.approvalNumber()} – ${i18n.get('childcare.account.places', [profile.places()])}</dd>
    [/#if]
    [#if member.verification()??]
    <dt>${i18n['childcare.account.verified']}</dt><dd>${model.verifiedOn}</dd>
    [/#if]
  </dl>
  <p class="hint">${i18n['childcare.account.privacyHint']}</p>
  <h2>${i18n['childcare.account.nextTitle']}</h2>
  <p>${i18n['childcare.account.next']}</p>
  <ul class="link-list">
    <li><a href="${ctx.contextPath}${site.paths.ads}">${i18n['childcare.account.searchAds']}</a></li>
    <li><a href="${ctx.contextPath}${site.paths.myAds}">${i18n['childcare.account.myAds']}</a></li>
    <li><a href="${ctx.contextPath}${site.paths.conversations}">${i18n['childcare.account.conversations']}</a></li>
    <li><a href="${ctx.contextPath}${site.paths.savedSearches}">${i18n['childcare.account.savedSearches']}</a></li>
    <li><a href="${ctx.contextPath}${site.paths.apiTokens}">${i18n['childcare.account.apiTokens']}</a></li>
  </ul>
  <h2>${i18n['childcare.account.securityTitle']}</h2>
  <ul class="link-list">
    <li><a href="${ctx.contextPath}${site.paths.changePassword}">${i18n['childcare.account.changePassword']}</a></li>
    <li><a href="${ctx.contextPath}${site.paths.changeEmail}">${i18n['childcare.account.changeEmail']}</a></li>
  </ul>
  <h2>${i18n['childcare.account.dataTitle']}</h2>
  <p class="hint" id="download-hint">${i18n['childcare.account.downloadHint']}</p>
  <ul class="link-list">
    <li><a href="${ctx.contextPath}${site.paths.myData}" download aria-describedby="download-hint">${i18n['childcare.account.download']}</a></li>
    <li><a href="${ctx.contextPath}${site.paths.deleteAccount}">${i18n['childcare.account.delete']}</a></li>
  </ul>
</div>
