[#-- The contact block of the service: who to reach, where, how, and when. Multi-line fields keep the editor's
     line breaks; each line is escaped on its own before the <br> between lines. --]
[#macro lines text][#list text?split("\n")?map(row -> row?trim)?filter(row -> row?has_content) as line]${line}[#sep]<br>[/#sep][/#list][/#macro]
[#assign phone = (content.phone!"")?trim]
[#assign phoneDial = phone?replace("[^0-9+]", "", "r")]
[#assign email = (content.email!"")?trim]
[#assign reachable = content.organisation?has_content || content.address?has_content || phone?has_content
    || email?has_content]
[#if reachable || content.hours?has_content]
<div class="component contact-block">
  <h2>[#if content.title?has_content]${content.title}[#else]${i18n['childcare-site.contact.defaultTitle']}[/#if]</h2>
  [#if reachable]
  <address>
    [#if content.organisation?has_content]
    <p class="contact-block__name">${content.organisation}</p>
    [/#if]
    [#if content.address?has_content]
    <p>[@lines content.address /]</p>
    [/#if]
    [#if phone?has_content]
    <p><span class="contact-block__label">${i18n['childcare-site.contact.phone']}</span>
      [#if phoneDial?length gte 3]<a href="tel:${phoneDial}">${phone}</a>[#else]${phone}[/#if]</p>
    [/#if]
    [#if email?has_content]
    <p><span class="contact-block__label">${i18n['childcare-site.contact.email']}</span>
      [#if email?matches("[^@\\s:/?#]+@[^@\\s:/?#]+")]<a href="mailto:${email}">${email}</a>[#else]${email}[/#if]</p>
    [/#if]
  </address>
  [/#if]
  [#if content.hours?has_content]
  <h3>${i18n['childcare-site.contact.hours']}</h3>
  <p>[@lines content.hours /]</p>
  [/#if]
</div>
[/#if]
