[#-- A page of the section "Services en ligne > Garde d'enfant": the city's shell around the page's three areas. --]
<!DOCTYPE html>
<html lang="${ctx.language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>[#if model.pageTitle??]${i18n[model.pageTitle]} – [#elseif content.title?has_content && content['@path'] != site.paths.section]${content.title} – [/#if]${site.serviceName} – ${site.cityName}</title>
  [#if content.description?has_content]<meta name="description" content="${content.description}">[/#if]
  [@cms.page /]
  <link rel="stylesheet" href="${ctx.contextPath}/.resources/childcare/webresources/css/childcare.css">
</head>
<body>
  <a class="skip-link" href="#contenu">${i18n['childcare-site.skipToContent']}</a>
  <header class="site-header">
    <div class="site-header__inner">
      [#assign home = site.homeUrl?starts_with("/")?then(ctx.contextPath + site.homeUrl, site.homeUrl)]
      <p class="site-header__city"><a href="${home}">${site.cityName}</a></p>
      <nav class="site-header__account" aria-label="${i18n['childcare-site.accountNavigation']}">
        [#if ctx.user?? && !ctx.user.staff]
          <a href="${ctx.contextPath}${site.paths.ads}">${i18n['childcare-site.ads']}</a>
          <a href="${ctx.contextPath}${site.paths.conversations}">${i18n['childcare-site.messages']}</a>
          <a href="${ctx.contextPath}${site.paths.account}">${i18n['childcare-site.myAccount']}</a>
          <form method="post" action="${ctx.contextPath}${site.paths.logout}" class="inline-form">
            [#if ctx.csrf??]<input type="hidden" name="${ctx.csrf.parameterName}" value="${ctx.csrf.token}">[/#if]
            <button type="submit" class="link-button">${i18n['childcare-site.logout']}</button>
          </form>
        [#else]
          <a href="${ctx.contextPath}${site.paths.login}">${i18n['childcare-site.login']}</a>
        [/#if]
      </nav>
    </div>
    <nav class="breadcrumb" aria-label="${i18n['childcare-site.breadcrumb']}">
      <ol>
        <li><a href="${home}">${i18n['childcare-site.home']}</a></li>
        <li>${i18n['childcare-site.onlineServices']}</li>
        <li><a href="${ctx.contextPath}${site.paths.section}"[#if ctx.requestPath == site.paths.section] aria-current="page"[/#if]>${site.serviceName}</a></li>
      </ol>
    </nav>
  </header>
  [#if cmsfn.isEditMode()]<p class="preview-banner" role="status">${i18n['childcare-site.preview.banner']}</p>[/#if]
  <main id="contenu" tabindex="-1">
    [#if state.pageHeading]<h1 class="page-title">${content.title!site.serviceName}</h1>[/#if]
    [#if content.intro?? || cmsfn.isEditMode()]<div class="area area--intro">[@cms.area name="intro" /]</div>[/#if]
    [@cms.area name="main" /]
    [#if content.aside?? || cmsfn.isEditMode()]<div class="area area--aside">[@cms.area name="aside" /]</div>[/#if]
  </main>
  <footer class="site-footer">
    <ul>
      <li><a href="${ctx.contextPath}${site.paths.accessibility}">${i18n['childcare-site.accessibility']}</a></li>
      <li><a href="${ctx.contextPath}${site.paths.privacy}">${i18n['childcare-site.privacy']}</a></li>
    </ul>
    <p>${site.cityName} – ${site.serviceName}</p>
  </footer>
</body>
</html>
