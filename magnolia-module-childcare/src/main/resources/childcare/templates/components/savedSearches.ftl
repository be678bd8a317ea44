[#-- The member's saved searches and their alerts. Model: searches (rows: id, name, description, frequency,
     alertsOn, adsPath, frequencyPath, deletePath), frequencies (options), maxSearches, notice, errors. --]
[#import "/childcare/templates/macros/form.ftl" as f]
[#assign errors = model.errors!{}]
<div class="component saved-searches">
  <h1>${i18n['childcare.savedSearches.title']}</h1>
  [#if model.notice??]<div class="notice notice--success" role="status"><p>${model.notice}</p></div>[/#if]
  [@f.errorSummary errors /]
  [#if model.searches?has_content]
  <p>${i18n.get('childcare.savedSearches.intro', [model.maxSearches])}</p>
  <ul class="saved-search-list">
    [#list model.searches as search]
    <li class="saved-search" id="recherche-${search?index}">
      <h2>${search.name}</h2>
      <p class="saved-search__filters">${search.description}</p>
      <p class="saved-search__alerts">
        [#if search.alertsOn]${i18n['childcare.savedSearches.alerts.' + search.frequency]}[#else]<strong>${i18n['childcare.savedSearches.alerts.stopped']}</strong>[/#if]
      </p>
      <p><a href="${ctx.contextPath}${search.adsPath}">${i18n['childcare.savedSearches.viewAds']}<span class="visually-hidden"> : ${search.name}</span></a></p>
      <form class="inline-form" method="post" action="${ctx.contextPath}${search.frequencyPath}">
        [@f.csrf /]
        <fieldset>
          <legend>${i18n.get('childcare.savedSearches.frequencyLegend', [search.name])}</legend>
          [#list model.frequencies as option]
          <div class="choice">
            <input type="radio" id="f-frequency-${search?index}-${option?index}" name="frequency" value="${option.value}"[#if search.alertsOn && option.value == search.frequency] checked[/#if]>
            <label for="f-frequency-${search?index}-${option?index}">${option.label}</label>
          </div>
          [/#list]
        </fieldset>
        <button type="submit" class="button">[#if search.alertsOn]${i18n['childcare.savedSearches.changeFrequency']}[#else]${i18n['childcare.savedSearches.resume']}[/#if]<span class="visually-hidden"> : ${search.name}</span></button>
      </form>
      <form class="inline-form" method="post" action="${ctx.contextPath}${search.deletePath}">
        [@f.csrf /]
        <button type="submit" class="button button--danger">${i18n['childcare.savedSearches.delete']}<span class="visually-hidden"> : ${search.name}</span></button>
      </form>
    </li>
    [/#list]
  </ul>
  [#else]
  <div class="empty-state">
    <p>${i18n['childcare.savedSearches.empty']}</p>
    <p>${i18n.get('childcare.savedSearches.emptyHow', [i18n['childcare.search.saveAlert']])}</p>
    <p><a class="button button--primary" href="${ctx.contextPath}${site.paths.ads}">${i18n['childcare.savedSearches.search']}</a></p>
  </div>
  [/#if]
</div>
