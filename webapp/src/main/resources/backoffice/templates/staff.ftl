[#-- The staff accounts, for webmasters. Model: accounts (StaffRow list, by display name), you (the viewer's
     display name), yourUsername, newPath. --]
<div class="component staff-list">
  <h1>${i18n['backoffice.staff.title']}</h1>
  <p>${i18n['backoffice.staff.intro']}</p>
  <p><a class="button button--primary" href="${ctx.contextPath}${model.newPath}">${i18n['backoffice.staff.add']}</a></p>
  <p role="status">${i18n.get('backoffice.staff.count', [model.accounts?size, model.you, model.yourUsername])}</p>
  <div class="table-wrapper">
    <table class="data-table">
      <caption>${i18n['backoffice.staff.caption']}</caption>
      <thead>
        <tr>
          <th scope="col">${i18n['backoffice.staff.column.name']}</th>
          <th scope="col">${i18n['backoffice.staff.column.username']}</th>
          <th scope="col">${i18n['backoffice.staff.column.role']}</th>
          <th scope="col">${i18n['backoffice.staff.column.status']}</th>
          <th scope="col">${i18n['backoffice.staff.column.secondFactor']}</th>
          <th scope="col">${i18n['backoffice.staff.column.recoveryCodes']}</th>
        </tr>
      </thead>
      <tbody>
        [#list model.accounts as account]
        <tr>
          <th scope="row"><a href="${ctx.contextPath}${account.path()}">${account.displayName()}</a>[#if account.you()] ${i18n['backoffice.staff.you']}[/#if]</th>
          <td>${account.username()}</td>
          <td>${account.role()}</td>
          <td>${account.status()}</td>
          <td>${account.secondFactor()}</td>
          <td>[#if account.recoveryCodesLeft()??]${account.recoveryCodesLeft()}[#else]${i18n['backoffice.staff.noRecoveryCodes']}[/#if]</td>
        </tr>
        [/#list]
      </tbody>
    </table>
  </div>
</div>
