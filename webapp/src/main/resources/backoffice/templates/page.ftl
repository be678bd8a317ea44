[#-- The back-office page shell around one screen. Model: pageTitle (message key), navigation (links the
     role may follow), notice and error (one-time messages after a redirect). --]
<!DOCTYPE html>
<html lang="${ctx.language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>[#if model.pageTitle??]${i18n[model.pageTitle]} – [/#if]${i18n.get('backoffice.header.title', [site.serviceName])}</title>
  <link rel="stylesheet" href="${ctx.contextPath}/.resources/childcare/webresources/css/childcare.css">
</head>
<body class="backoffice">
  <a class="skip-link" href="#contenu">${i18n['backoffice.skipToContent']}</a>
  <header class="site-header">
    <div class="site-header__inner">
      <p class="site-header__city"><a href="${ctx.contextPath}/backoffice">${i18n.get('backoffice.header.title', [site.serviceName])}</a></p>
      [#if ctx.user?? && ctx.user.staff]
      <div class="site-header__account">
        <p>${i18n.get('backoffice.header.signedInAs', [ctx.user.name])}</p>
        <form method="post" action="${ctx.contextPath}/backoffice/deconnexion" class="inline-form">
          [#if ctx.csrf??]<input type="hidden" name="${ctx.csrf.parameterName}" value="${ctx.csrf.token}">[/#if]
          <button type="submit" class="link-button">${i18n['backoffice.header.logout']}</button>
        </form>
      </div>
      [/#if]
    </div>
    [#if model.navigation?has_content]
    <nav class="backoffice-nav" aria-label="${i18n['backoffice.nav.label']}">
      <ul>
        [#list model.navigation as link]
        <li><a href="${ctx.contextPath}${link.path()}"[#if ctx.requestPath == link.path()] aria-current="page"[/#if]>${i18n[link.labelKey()]}</a></li>
        [/#list]
      </ul>
    </nav>
    [/#if]
  </header>
  <main id="contenu" tabindex="-1">
    [#if model.notice??]<div class="notice notice--success" role="status"><p>${model.notice}</p></div>[/#if]
    [#if model.error??]<div class="notice notice--error" role="alert"><p>${model.error}</p></div>[/#if]
    ${main?no_esc}
  </main>
</body>
</html>
