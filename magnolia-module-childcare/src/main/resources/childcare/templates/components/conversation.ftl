[#-- One conversation. Model: thread (ConversationViews.ThreadView), message (a reply kept after an error),
     errors (field → message), messageMax, notice (after an action), error (a reply that was refused).
     Once the other member left the service, no one can write, block or report here. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign thread = model.thread]
[#assign errors = model.errors!{}]
<div class="component conversation">
  <p><a href="${ctx.contextPath}${site.paths.conversations}">${i18n['childcare.conversation.backToList']}</a></p>
  <h1>${i18n.get('childcare.conversation.title', [thread.adTitle()])}</h1>
  [#if model.notice??]<div class="notice notice--success" role="status"><p>${model.notice}</p></div>[/#if]
  [#if model.error??]<div class="notice notice--error" role="alert"><p>${model.error}</p></div>[/#if]
  <p>${i18n.get('childcare.conversation.with', [thread.otherName()])}
    [#if thread.adPath()??]– <a href="${ctx.contextPath}${thread.adPath()}">${i18n['childcare.conversation.seeAd']}</a>[#else]– ${i18n['childcare.conversation.adGone']}[/#if]</p>
  [#if thread.blockedByMe()]
  <div class="notice" role="status"><p>${i18n['childcare.conversation.blockedByMe']}</p></div>
  [/#if]

  <ol class="messages">
    [#list thread.messages() as message]
    <li class="message[#if message.mine()] message--mine[/#if]">
      <p class="message__meta"><strong>${message.sender()}</strong> – <time datetime="${message.sentAtIso()}">${message.sentAt()}</time></p>
      <p class="message__text">[#list message.lines() as line]${line}[#sep]<br>[/#list]</p>
    </li>
    [/#list]
  </ol>

  [#if thread.canReply()]
  <h2>${i18n['childcare.conversation.replyTitle']}</h2>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${thread.paths().reply()}" novalidate>
    [@f.csrf /]
    [@f.textarea name="message" label=i18n['childcare.conversation.message'] hint=i18n.get('childcare.conversation.replyHint', [model.messageMax]) value=model.message! errors=errors maxlength=model.messageMax rows=6 /]
    <button type="submit" class="button button--primary">${i18n['childcare.conversation.replySubmit']}</button>
  </form>
  [#elseif thread.otherLeft()]
  <div class="notice" role="status"><p>${i18n['childcare.conversation.otherLeft']}</p></div>
  [#elseif thread.blockedMe()]
  <p>${i18n['childcare.conversation.cannotWrite']}</p>
  [#elseif !thread.otherActive()]
  <p>${i18n['childcare.conversation.otherGone']}</p>
  [/#if]

  [#if !thread.otherLeft()]
  <h2>${i18n['childcare.conversation.safetyTitle']}</h2>
  [#if thread.blockedByMe()]
  <form method="post" action="${ctx.contextPath}${thread.paths().unblock()}" class="inline-form">
    [@f.csrf /]
    <button type="submit" class="button">${i18n['childcare.conversation.unblock']}</button>
  </form>
  [#else]
  <p class="hint">${i18n['childcare.conversation.blockHint']}</p>
  <form method="post" action="${ctx.contextPath}${thread.paths().block()}" class="inline-form">
    [@f.csrf /]
    <button type="submit" class="button">${i18n['childcare.conversation.block']}</button>
  </form>
  [/#if]
  <p><a href="${ctx.contextPath}${thread.paths().report()}">${i18n['childcare.conversation.report']}</a></p>
  [/#if]
</div>
