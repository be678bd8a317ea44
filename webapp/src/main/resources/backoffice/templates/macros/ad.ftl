[#-- How the back office shows an ad (AdDetailsView): what residents read, and who posted it. --]
[#import "/backoffice/templates/macros/workflow.ftl" as w]

[#-- The ad as residents would see it, under the heading given. --]
[#macro content ad heading]
  <h2>${heading}</h2>
  <div class="ad-preview">
    <h3 class="ad-preview__title">${ad.title()}</h3>
    [@w.fields ad.facts() /]
    <div class="ad-preview__text">
      [#list ad.paragraphs() as paragraph]
      <p>${paragraph}</p>
      [/#list]
    </div>
  </div>
[/#macro]

[#macro owner ad]
  <h2>${i18n['backoffice.ad.ownerTitle']}</h2>
  [@w.fields ad.owner() /]
  [#if ad.ownerPath()??]<p><a href="${ctx.contextPath}${ad.ownerPath()}">${i18n['backoffice.ad.toOwner']}</a></p>[/#if]
[/#macro]
