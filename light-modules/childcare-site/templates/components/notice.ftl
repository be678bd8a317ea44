[#-- An announcement from the city: a closure, a new rule, a deadline. The level is said in words at the start of
     the heading and shown by the box's outline and icon as well as its colour, so nothing relies on colour alone.
     It is static content: no alert role; plain information is a status. --]
[#assign levelWords = {
  "info": i18n['childcare-site.notice.level.info'],
  "important": i18n['childcare-site.notice.level.important'],
  "warning": i18n['childcare-site.notice.level.warning']}]
[#assign level = content.level!"info"]
[#if !levelWords[level]??]
  [#assign level = "info"]
[/#if]
[#assign levelWord = levelWords[level]]
[#assign text = cmsfn.decode(content).text!]
[#if content.title?has_content || text?has_content]
<section class="component announcement announcement--${level}"[#if level == "info"] role="status"[/#if]>
  <h2 class="announcement__title">
    [#if content.title?has_content]
    <span class="announcement__level">${i18n.get('childcare-site.notice.levelPrefix', [levelWord])}</span>
    ${content.title}
    [#else]
    <span class="announcement__level">${levelWord}</span>
    [/#if]
  </h2>
  [#if text?has_content]
  <div class="announcement__body">${text}</div>
  [/#if]
  [#if content.until??]
  <p class="announcement__until">${i18n['childcare-site.notice.until']}
    <time datetime="${content.until?date?string.iso}">${content.until?date?string["d MMMM yyyy"]}</time></p>
  [/#if]
</section>
[/#if]
