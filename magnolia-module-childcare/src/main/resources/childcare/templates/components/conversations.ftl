[#-- The member's conversations, the latest activity first. Model: conversations (ConversationViews.Row list). --]
<div class="component conversations">
  <h1>${i18n['childcare.conversations.title']}</h1>
  [#if model.conversations?has_content]
  <ul class="conversation-list">
    [#list model.conversations as row]
    <li class="conversation-list__item[#if row.unread() > 0] conversation-list__item--unread[/#if]">
      <h2><a href="${ctx.contextPath}${row.path()}">${row.adTitle()}</a></h2>
      <p>${i18n.get('childcare.conversations.with', [row.otherName()])} – ${i18n['childcare.conversations.lastMessage']} <time datetime="${row.lastMessageIso()}">${row.lastMessage()}</time></p>
      [#if row.unread() > 0]<p class="badge"><strong>${i18n.get('childcare.conversations.unread', [row.unread()])}</strong></p>[/#if]
    </li>
    [/#list]
  </ul>
  [#else]
  <p>${i18n['childcare.conversations.empty']}</p>
  <p><a href="${ctx.contextPath}${site.paths.ads}">${i18n['childcare.conversation.toAds']}</a></p>
  [/#if]
</div>
