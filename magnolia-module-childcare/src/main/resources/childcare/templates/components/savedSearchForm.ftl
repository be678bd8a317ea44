[#-- Saving the search the results page showed, with mail alerts. Model: query (query string, first page),
     description (the filters in words), name, frequency, frequencies (options), adsPath, maxSearches, nameMax,
     errors. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component saved-search-form">
  <h1>${i18n['childcare.savedSearchForm.title']}</h1>
  <p>${i18n['childcare.savedSearchForm.intro']}</p>
  [@f.errorSummary errors /]
  <div class="field[#if errors.search??] field--error[/#if]" id="f-search">
    <h2>${i18n['childcare.savedSearchForm.filters']}</h2>
    [@f.fieldError id="f-search" error=(errors.search!"") /]
    <p class="saved-search-form__filters">${model.description}</p>
    <p><a href="${ctx.contextPath}${model.adsPath}">${i18n['childcare.savedSearchForm.changeFilters']}</a></p>
  </div>
  <form method="post" action="${ctx.contextPath}${site.paths.savedSearches}" novalidate>
    [@f.csrf /]
    <input type="hidden" name="query" value="${model.query}">
    [@f.input name="name" label=i18n['childcare.savedSearchForm.name'] value=model.name errors=errors maxlength=model.nameMax hint=i18n.get('childcare.savedSearchForm.nameHint', [model.nameMax]) /]
    [@f.radios name="frequency" legend=i18n['childcare.savedSearchForm.frequency'] options=model.frequencies value=model.frequency errors=errors hint=i18n['childcare.savedSearchForm.frequencyHint'] /]
    <p class="hint">${i18n.get('childcare.savedSearchForm.limitHint', [model.maxSearches])}</p>
    <button type="submit" class="button button--primary">${i18n['childcare.savedSearchForm.submit']}</button>
  </form>
</div>
