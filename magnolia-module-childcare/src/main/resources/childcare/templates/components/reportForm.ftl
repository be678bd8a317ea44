[#-- Reporting an ad or a member. Model: title, action, reasons (value/label hashes), reason and details (kept after an
     error), detailsMax, errors (field → message), alreadyReported and alreadyReportedText, notice (after sending),
     backPath and backText; or refusal (why the member cannot report) with backPath and backText. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component report-form">
  [#if model.refusal??]
  <h1>${i18n['childcare.report.refusedTitle']}</h1>
  <div class="notice notice--error" role="alert"><p>${model.refusal}</p></div>
  [#else]
  <h1>${model.title}</h1>
  [#if model.notice??]
  <div class="notice notice--success" role="status"><p>${model.notice}</p></div>
  [#elseif model.alreadyReported]
  <div class="notice" role="status"><p>${model.alreadyReportedText}</p></div>
  [#else]
  <p class="lead">${i18n['childcare.report.intro']}</p>
  [@f.errorSummary errors /]
  <form method="post" action="${ctx.contextPath}${model.action}" novalidate>
    [@f.csrf /]
    [@f.radios name="reason" legend=i18n['childcare.report.reason'] options=model.reasons value=model.reason errors=errors /]
    [@f.textarea name="details" label=i18n['childcare.report.details'] hint=i18n.get('childcare.report.detailsHint', [model.detailsMax]) value=model.details errors=errors optional=true maxlength=model.detailsMax rows=5 /]
    <button type="submit" class="button button--primary">${i18n['childcare.report.submit']}</button>
  </form>
  [/#if]
  [/#if]
  <p><a href="${ctx.contextPath}${model.backPath}">${model.backText}</a></p>
</div>
