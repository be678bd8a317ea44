[#-- Every member, newest registration first. Model: members (MemberRow list, one page), total, page, pages,
     filtered, status, text, statusOptions, listPath, inboxPath, previousPath and nextPath (when there is such
     a page). --]
[#import "/childcare/templates/macros/form.ftl" as f]
<div class="component member-list">
  <h1>${i18n['backoffice.members.title']}</h1>
  <form method="get" action="${ctx.contextPath}${model.listPath}" class="filters" role="search" aria-label="${i18n['backoffice.members.filters']}">
    [@f.select name="statut" label=i18n['backoffice.members.status'] options=model.statusOptions value=model.status optional=true placeholder=i18n['backoffice.members.anyStatus'] /]
    [@f.input name="recherche" label=i18n['backoffice.members.text'] hint=i18n['backoffice.members.textHint'] value=model.text optional=true maxlength=200 /]
    <button type="submit" class="button">${i18n['backoffice.members.filter']}</button>
    [#if model.filtered]<a href="${ctx.contextPath}${model.listPath}">${i18n['backoffice.members.reset']}</a>[/#if]
  </form>

  [#if model.members?has_content]
  <p role="status">${i18n.get('backoffice.members.count', [model.total])}</p>
  <table class="data-table">
    <caption>${i18n.get('backoffice.members.caption', [model.page, model.pages])}</caption>
    <thead>
      <tr>
        <th scope="col">${i18n['backoffice.members.column.name']}</th>
        <th scope="col">${i18n['backoffice.members.column.identifier']}</th>
        <th scope="col">${i18n['backoffice.members.column.email']}</th>
        <th scope="col">${i18n['backoffice.members.column.kind']}</th>
        <th scope="col">${i18n['backoffice.members.column.status']}</th>
        <th scope="col">${i18n['backoffice.members.column.registered']}</th>
      </tr>
    </thead>
    <tbody>
      [#list model.members as member]
      <tr>
        <th scope="row"><a href="${ctx.contextPath}${member.path()}">${member.name()}</a></th>
        <td>${member.identifier()}</td>
        <td>${member.email()}</td>
        <td>${member.kind()}</td>
        <td class="member-status member-status--${member.status()?lower_case}">${member.statusLabel()}</td>
        <td>${member.registered()}</td>
      </tr>
      [/#list]
    </tbody>
  </table>
  [#if model.pages > 1]
  <nav class="pagination" aria-label="${i18n['backoffice.members.pagination']}">
    <ul>
      [#if model.previousPath??]<li><a href="${ctx.contextPath}${model.previousPath}" rel="prev">${i18n['backoffice.members.previous']}</a></li>[/#if]
      <li aria-current="page">${i18n.get('backoffice.members.pageOf', [model.page, model.pages])}</li>
      [#if model.nextPath??]<li><a href="${ctx.contextPath}${model.nextPath}" rel="next">${i18n['backoffice.members.next']}</a></li>[/#if]
    </ul>
  </nav>
  [/#if]
  [#elseif model.filtered]
  <p role="status">${i18n['backoffice.members.noMatch']}</p>
  <p>${i18n['backoffice.members.noMatchHint']}</p>
  [#else]
  <p role="status">${i18n['backoffice.members.empty']}</p>
  <p><a href="${ctx.contextPath}${model.inboxPath}">${i18n['backoffice.members.emptyHint']}</a></p>
  [/#if]
</div>
