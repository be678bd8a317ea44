[#-- The local outbox. Model: mails (OutboxRow list, newest first), limit, folder, smtpHost (when mail goes
     over SMTP). --]
<div class="component outbox">
  <h1>${i18n['backoffice.outbox.title']}</h1>
  [#if model.smtpHost??]
  <p>${i18n.get('backoffice.outbox.smtp', [model.smtpHost])}</p>
  [#else]
  <p>${i18n.get('backoffice.outbox.local', [model.folder])}</p>
  [/#if]
  [#if model.mails?has_content]
  <p class="hint">${i18n.get('backoffice.outbox.newestFirst', [model.limit])}</p>
  <ol class="mail-list">
    [#list model.mails as mail]
    <li>
      <a href="${ctx.contextPath}${mail.path()}">${mail.subject()}</a><br>
      ${i18n.get('backoffice.outbox.sentTo', [mail.to()])} – <time datetime="${mail.dateIso()}">${mail.date()}</time>
    </li>
    [/#list]
  </ol>
  [#else]
  <p>${i18n['backoffice.outbox.empty']}</p>
  [#if model.smtpHost??]
  <p class="hint">${i18n['backoffice.outbox.emptySmtp']}</p>
  [#else]
  <p class="hint">${i18n.get('backoffice.outbox.emptyLocal', [model.folder])}</p>
  [/#if]
  [/#if]
</div>
