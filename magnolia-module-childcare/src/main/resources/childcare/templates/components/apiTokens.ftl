[#-- The member's personal API tokens. Model: tokens (rows: id, name, scope, created, expires, expired, lastUsed,
     revokePath, posting the token id as jeton), form (name, scope, expiresOn), scopes (options), latestExpiry (ISO date), maxTokens, errors,
     notice, issued (name, secret: shown once, right after creation). --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component api-tokens">
  <h1>${i18n['childcare.apiTokens.title']}</h1>
  <p>${i18n['childcare.apiTokens.intro']}</p>
  [#if model.notice??]<div class="notice notice--success" role="status"><p>${model.notice}</p></div>[/#if]
  [#if model.issued??]
  <div class="notice notice--success api-tokens__issued" role="status">
    <p>${i18n.get('childcare.apiTokens.issued', [model.issued.name])}</p>
    <p><code class="api-tokens__secret">${model.issued.secret}</code></p>
    <p>${i18n['childcare.apiTokens.issuedOnce']}</p>
  </div>
  [/#if]
  <h2>${i18n['childcare.apiTokens.listTitle']}</h2>
  [#if model.tokens?has_content]
  <table class="api-tokens__list">
    <caption class="visually-hidden">${i18n['childcare.apiTokens.listTitle']}</caption>
    <thead>
      <tr>
        <th scope="col">${i18n['childcare.apiTokens.name']}</th>
        <th scope="col">${i18n['childcare.apiTokens.scope']}</th>
        <th scope="col">${i18n['childcare.apiTokens.created']}</th>
        <th scope="col">${i18n['childcare.apiTokens.expires']}</th>
        <th scope="col">${i18n['childcare.apiTokens.lastUsed']}</th>
        <th scope="col"><span class="visually-hidden">${i18n['childcare.apiTokens.actions']}</span></th>
      </tr>
    </thead>
    <tbody>
      [#list model.tokens as token]
      <tr>
        <td>${token.name}</td>
        <td>${token.scope}</td>
        <td>${token.created}</td>
        <td>${token.expires}[#if token.expired] <strong>(${i18n['childcare.apiTokens.expired']})</strong>[/#if]</td>
        <td>${token.lastUsed}</td>
        <td>
          <form class="inline-form" method="post" action="${ctx.contextPath}${token.revokePath}">
            [@f.csrf /]
            <input type="hidden" name="jeton" value="${token.id}">
            <button type="submit" class="button button--danger">${i18n['childcare.apiTokens.revoke']}<span class="visually-hidden"> : ${token.name}</span></button>
          </form>
        </td>
      </tr>
      [/#list]
    </tbody>
  </table>
  [#else]
  <p>${i18n['childcare.apiTokens.empty']}</p>
  [/#if]
  <h2>${i18n['childcare.apiTokens.createTitle']}</h2>
  <form method="post" action="${ctx.contextPath}${site.paths.apiTokens}" novalidate>
    [@f.csrf /]
    [@f.errorSummary errors /]
    [#if errors.token??]<p class="field-error">${errors.token}</p>[/#if]
    [@f.input name="name" label=i18n['childcare.apiTokens.name'] value=model.form.name errors=errors maxlength=60 hint=i18n['childcare.apiTokens.nameHint'] /]
    [@f.radios name="scope" legend=i18n['childcare.apiTokens.scope'] options=model.scopes value=model.form.scope errors=errors /]
    [@f.input name="expiresOn" label=i18n['childcare.apiTokens.expiresOn'] value=model.form.expiresOn errors=errors type="date" hint=i18n.get('childcare.apiTokens.expiresOnHint', [model.latestExpiry]) /]
    <button type="submit" class="button button--primary">${i18n['childcare.apiTokens.create']}</button>
  </form>
  <p class="hint">${i18n.get('childcare.apiTokens.maxTokens', [model.maxTokens])}</p>
</div>
