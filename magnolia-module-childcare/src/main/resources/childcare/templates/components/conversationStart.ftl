[#-- An ad's "contact" page: one message to its owner. Model: adTitle, adPath, action, message (kept after an error),
     errors (field → message), messageMin, messageMax, conversationPath (the member's earlier conversation about this
     ad, if any); or refusal (why the member cannot write) and adPath instead of the form. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component conversation-start">
  <h1>${i18n['childcare.conversation.start.title']}</h1>
  [#if model.refusal??]
  <div class="notice notice--error" role="alert"><p>${model.refusal}</p></div>
  <p><a href="${ctx.contextPath}${site.paths.ads}">${i18n['childcare.conversation.toAds']}</a></p>
  [#else]
  <p class="lead">${i18n.get('childcare.conversation.start.about', [model.adTitle])}</p>
  <p><a href="${ctx.contextPath}${model.adPath}">${i18n['childcare.conversation.start.backToAd']}</a></p>
  [#if model.conversationPath??]
  <p>${i18n['childcare.conversation.start.existing']} <a href="${ctx.contextPath}${model.conversationPath}">${i18n['childcare.conversation.start.existingLink']}</a></p>
  [/#if]
  <p class="hint">${i18n['childcare.conversation.start.privacy']}</p>

  [@f.errorSummary errors /]

  <form method="post" action="${ctx.contextPath}${model.action}" novalidate>
    [@f.csrf /]
    [@f.textarea name="message" label=i18n['childcare.conversation.message'] hint=i18n.get('childcare.conversation.messageHint', [model.messageMin, model.messageMax]) value=model.message! errors=errors maxlength=model.messageMax rows=8 /]
    <button type="submit" class="button button--primary">${i18n['childcare.conversation.start.submit']}</button>
  </form>
  [/#if]
</div>
