[#-- The API's OpenAPI document as a page. Model: title, description, documentPath, operations (method, path,
     anchor, tag, summary, description, parameters (name, in, description), requestExample, responses (status,
     description, example)). --]
<div class="component api-documentation">
  <h1>${i18n['backoffice.api.title']}</h1>
  <p>${i18n.get('backoffice.api.intro', [model.documentPath])} <a href="${ctx.contextPath}${model.documentPath}">${model.documentPath}</a></p>
  <p>${model.description}</p>
  <nav aria-label="${i18n['backoffice.api.title']}">
    <ul>
      [#list model.operations as operation]
      <li><a href="#${operation.anchor}"><code>${operation.method} ${operation.path}</code></a> – ${operation.summary}</li>
      [/#list]
    </ul>
  </nav>
  [#list model.operations as operation]
  <section class="api-operation" id="${operation.anchor}" aria-labelledby="${operation.anchor}-title">
    <h2 id="${operation.anchor}-title"><code>${operation.method} ${operation.path}</code> – ${operation.summary}</h2>
    <p>${operation.description}</p>
    [#if operation.parameters?has_content]
    <ul>
      [#list operation.parameters as parameter]
      <li><code>${parameter.name}</code> (${parameter.in})[#if parameter.description?has_content] : ${parameter.description}[/#if]</li>
      [/#list]
    </ul>
    [/#if]
    [#if operation.requestExample?has_content]
    <h3>${i18n['backoffice.api.request']} – ${i18n['backoffice.api.example']}</h3>
    <pre><code>${operation.requestExample}</code></pre>
    [/#if]
    <h3>${i18n['backoffice.api.response']}</h3>
    <ul>
      [#list operation.responses as response]
      <li><code>${response.status}</code> ${response.description}</li>
      [/#list]
    </ul>
    [#list operation.responses as response]
    [#if response.example?has_content]
    <h4>${i18n['backoffice.api.example']} (${response.status})</h4>
    <pre><code>${response.example}</code></pre>
    [/#if]
    [/#list]
  </section>
  [/#list]
</div>
