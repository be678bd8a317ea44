[#-- An image placed by communication staff, with an optional caption. A decorative image gets an empty alt so
     screen readers skip it; an image that is neither described nor marked decorative is not shown to residents
     (an image without a text alternative fails RGAA), and the editor's preview says why. --]
[#assign decorative = content.decorative!false]
[#assign alt = (content.alt!"")?trim]
[#if content.image??]
  [#if decorative || alt?has_content]
<figure class="component image-block">
  <img src="${cmsfn.link(content.image)}" alt="[#if !decorative]${alt}[/#if]">
    [#if content.caption?has_content]
  <figcaption>${content.caption}</figcaption>
    [/#if]
</figure>
  [#elseif cmsfn.isEditMode()]
<p class="component notice notice--warning">${i18n['childcare-site.image.altMissing']}</p>
  [/#if]
[/#if]
