[#-- Building blocks for showing ads. An ad is an AdView: every value already in words. --]

[#-- One ad in a list: its title links to its page, then what a family scans for first. --]
[#macro card ad headingLevel=2]
  <article class="ad-card">
    <h${headingLevel} class="ad-card__title"><a href="${ctx.contextPath}${site.paths.ads}/${ad.id()}">${ad.title()}</a></h${headingLevel}>
    <p class="ad-card__kind">${ad.configurationLabel()} · ${ad.careTypeLabel()}</p>
    <dl class="ad-card__facts">
      <dt>${i18n['childcare.ad.neighbourhood']}</dt><dd>${ad.neighbourhood()}</dd>
      [#if ad.children()?has_content]<dt>${i18n['childcare.ad.children']}</dt><dd>${ad.children()?join(", ")}</dd>[/#if]
      <dt>${i18n['childcare.ad.schedule']}</dt><dd>${ad.schedule()?join(" ; ")}</dd>
      <dt>${i18n['childcare.ad.start']}</dt><dd>${ad.startDate()}</dd>
    </dl>
    [#if ad.publishedOn()??]<p class="hint">${i18n.get('childcare.ad.publishedOn', [ad.publishedOn()])}</p>[/#if]
    [#nested]
  </article>
[/#macro]

[#-- Everything the ad says, as a description list. --]
[#macro details ad]
  <dl class="summary">
    <dt>${i18n['childcare.ad.kind']}</dt><dd>${ad.configurationLabel()}</dd>
    <dt>${i18n['childcare.ad.careType']}</dt><dd>${ad.careTypeLabel()}</dd>
    <dt>${i18n['childcare.ad.neighbourhood']}</dt><dd>${ad.neighbourhood()}</dd>
    [#if ad.children()?has_content]
    <dt>${i18n['childcare.ad.children']}</dt><dd><ul>[#list ad.children() as child]<li>${child}</li>[/#list]</ul></dd>
    [/#if]
    <dt>${i18n['childcare.ad.schedule']}</dt><dd><ul>[#list ad.schedule() as line]<li>${line}</li>[/#list]</ul></dd>
    <dt>${i18n['childcare.ad.start']}</dt><dd>${ad.startDate()}</dd>
    [#if ad.hosting()??]<dt>${i18n['childcare.ad.hosting']}</dt><dd>${ad.hosting()}</dd>[/#if]
    [#if ad.hourlyRate()??]<dt>${i18n['childcare.ad.hourlyRate']}</dt><dd>${i18n.get('childcare.ad.perHour', [ad.hourlyRate()])}</dd>[/#if]
    [#if ad.languages()?has_content]<dt>${i18n['childcare.ad.languages']}</dt><dd>${ad.languages()?join(", ")}</dd>[/#if]
    [#if ad.qualifications()?has_content]
    <dt>${i18n['childcare.ad.qualifications']}</dt><dd><ul>[#list ad.qualifications() as q]<li>${q}</li>[/#list]</ul></dd>
    [/#if]
  </dl>
[/#macro]
