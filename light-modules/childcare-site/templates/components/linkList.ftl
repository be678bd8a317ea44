[#-- Up to four links chosen by communication staff, shown only when both the text and the address are filled.
     Only web addresses (http, https) and paths on this site become links: anything else (javascript:, data:…)
     is never printed as an href; the editor's preview says which link was left out. --]
[#function safeHref address]
  [#local value = address?trim]
  [#if value?matches("https?://[^\\s]+", "i")]
    [#return value]
  [#elseif value?starts_with("/") && !value?starts_with("//") && !value?contains("\\")]
    [#return ctx.contextPath + value]
  [/#if]
  [#return ""]
[/#function]
[#assign links = []]
[#assign refused = []]
[#list 1..4 as number]
  [#assign text = (content["link" + number?c + "Text"]!"")?trim]
  [#assign address = (content["link" + number?c]!"")?trim]
  [#if text?has_content && address?has_content]
    [#assign href = safeHref(address)]
    [#if href?has_content]
      [#assign links += [{"text": text, "href": href}]]
    [#else]
      [#assign refused += [text]]
    [/#if]
  [/#if]
[/#list]
[#if links?has_content || (refused?has_content && cmsfn.isEditMode())]
<div class="component link-block">
  [#if content.title?has_content]
  <h2>${content.title}</h2>
  [/#if]
  [#if links?has_content]
  <ul class="link-list">
    [#list links as link]
    <li><a href="${link.href}">${link.text}</a></li>
    [/#list]
  </ul>
  [/#if]
  [#if refused?has_content && cmsfn.isEditMode()]
  <p class="notice notice--warning">${i18n.get('childcare-site.linkList.refused', [refused?join(", ")])}</p>
  [/#if]
</div>
[/#if]
