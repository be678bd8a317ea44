[#-- Text written by communication staff: an optional heading, then their formatted text. The host has sanitised
     the rich text and marked it as HTML, so it prints as markup; the heading is plain text and stays escaped. --]
[#assign text = cmsfn.decode(content).text!]
[#if content.title?has_content || text?has_content]
<div class="component text-block">
  [#if content.title?has_content]
  <h2>${content.title}</h2>
  [/#if]
  [#if text?has_content]
  <div class="text-block__body">${text}</div>
  [/#if]
</div>
[/#if]
