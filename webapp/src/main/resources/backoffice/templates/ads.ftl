[#-- Every ad, newest first. Model: ads (AdRow list, one page), total, page, pages, filtered, status, text,
     statusOptions, listPath, previousPath and nextPath (when there is such a page). --]
[#import "/childcare/templates/macros/form.ftl" as f]
<div class="component ad-list">
  <h1>${i18n['backoffice.ads.title']}</h1>
  <form method="get" action="${ctx.contextPath}${model.listPath}" class="filters" role="search" aria-label="${i18n['backoffice.ads.filters']}">
    [@f.select name="statut" label=i18n['backoffice.ads.status'] options=model.statusOptions value=model.status optional=true placeholder=i18n['backoffice.ads.anyStatus'] /]
    [@f.input name="recherche" label=i18n['backoffice.ads.text'] hint=i18n['backoffice.ads.textHint'] value=model.text optional=true maxlength=200 /]
    <button type="submit" class="button">${i18n['backoffice.ads.filter']}</button>
    [#if model.filtered]<a href="${ctx.contextPath}${model.listPath}">${i18n['backoffice.ads.reset']}</a>[/#if]
  </form>

  [#if model.ads?has_content]
  <p role="status">${i18n.get('backoffice.ads.count', [model.total])}</p>
  <table class="data-table">
    <caption>${i18n.get('backoffice.ads.caption', [model.page, model.pages])}</caption>
    <thead>
      <tr>
        <th scope="col">${i18n['backoffice.ads.column.title']}</th>
        <th scope="col">${i18n['backoffice.ads.column.status']}</th>
        <th scope="col">${i18n['backoffice.ads.column.owner']}</th>
        <th scope="col">${i18n['backoffice.ads.column.created']}</th>
        <th scope="col">${i18n['backoffice.ads.column.expires']}</th>
      </tr>
    </thead>
    <tbody>
      [#list model.ads as ad]
      <tr>
        <th scope="row"><a href="${ctx.contextPath}${ad.path()}">${ad.title()}</a></th>
        <td class="ad-status ad-status--${ad.status()?lower_case}">${ad.statusLabel()}</td>
        <td>${ad.owner()}</td>
        <td>${ad.created()}</td>
        <td>[#if ad.expires()??]${ad.expires()}[#else]${i18n['backoffice.ads.neverPublished']}[/#if]</td>
      </tr>
      [/#list]
    </tbody>
  </table>
  [#if model.pages > 1]
  <nav class="pagination" aria-label="${i18n['backoffice.ads.pagination']}">
    <ul>
      [#if model.previousPath??]<li><a href="${ctx.contextPath}${model.previousPath}" rel="prev">${i18n['backoffice.ads.previous']}</a></li>[/#if]
      <li aria-current="page">${i18n.get('backoffice.ads.pageOf', [model.page, model.pages])}</li>
      [#if model.nextPath??]<li><a href="${ctx.contextPath}${model.nextPath}" rel="next">${i18n['backoffice.ads.next']}</a></li>[/#if]
    </ul>
  </nav>
  [/#if]
  [#elseif model.filtered]
  <p role="status">${i18n['backoffice.ads.noMatch']}</p>
  [#else]
  <p role="status">${i18n['backoffice.ads.empty']}</p>
  [/#if]
</div>
