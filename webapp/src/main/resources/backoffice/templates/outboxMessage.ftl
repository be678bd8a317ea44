[#-- One mail of the local outbox. Model: mail (OutboxRow with its text), outboxPath. --]
[#assign mail = model.mail]
<div class="component outbox-message">
  <p><a href="${ctx.contextPath}${model.outboxPath}">${i18n['backoffice.outboxMessage.back']}</a></p>
  <h1>${mail.subject()}</h1>
  <dl class="summary">
    <dt>${i18n['backoffice.outboxMessage.date']}</dt><dd><time datetime="${mail.dateIso()}">${mail.date()}</time></dd>
    <dt>${i18n['backoffice.outboxMessage.to']}</dt><dd>${mail.to()}</dd>
    <dt>${i18n['backoffice.outboxMessage.subject']}</dt><dd>${mail.subject()}</dd>
  </dl>
  <h2>${i18n['backoffice.outboxMessage.body']}</h2>
  <pre class="mail-body">${mail.text()}</pre>
</div>
