[#-- The listings, for members: filters that stay in the address (so a search can be bookmarked or shared),
     the count, one page of ads newest first, and paging. Model: query, queryString, filtered, results (AdView
     list), description (the filters in words), total, page, pageCount, pageLinks, selected (parameter → values), configurations, careTypes,
     neighbourhoods, days, halfDays. --]
[#import "/childcare/templates/macros/ads.ftl" as a]
[#assign query = model.query]
<div class="component ad-search">
  <h1>${i18n['childcare.search.title']}</h1>
  [#if (content.introduction)?has_content]<p class="lead">${content.introduction}</p>[/#if]
  <p><a class="button button--primary" href="${ctx.contextPath}${site.paths.newAd}">${i18n['childcare.myAds.post']}</a></p>

  <form method="get" action="${ctx.contextPath}${site.paths.ads}" class="search-filters" role="search">
    <details[#if model.filtered] open[/#if]>
      <summary>${i18n['childcare.search.filters']}</summary>
      [@choices name="configuration" legend=i18n['childcare.search.configuration'] options=model.configurations /]
      [@choices name="garde" legend=i18n['childcare.search.careType'] options=model.careTypes /]
      [@choices name="quartier" legend=i18n['childcare.search.neighbourhood'] options=model.neighbourhoods /]
      <fieldset class="field">
        <legend>${i18n['childcare.search.slots']}</legend>
        <p class="hint">${i18n['childcare.search.slotsHint']}</p>
        <div class="table-wrapper">
        <table class="slot-grid">
          <caption class="visually-hidden">${i18n['childcare.search.slots']}</caption>
          <thead><tr><td></td>[#list model.halfDays as half]<th scope="col">${half.label}</th>[/#list]</tr></thead>
          <tbody>
          [#list model.days as day]
            <tr>
              <th scope="row">${day.label}</th>
              [#list model.halfDays as half]
              [#assign slot = day.value + ":" + half.value]
              <td><input type="checkbox" name="creneau" value="${slot}" aria-label="${day.label} ${half.label}"[#if model.selected.creneau?seq_contains(slot)] checked[/#if]></td>
              [/#list]
            </tr>
          [/#list]
          </tbody>
        </table>
        </div>
      </fieldset>
      <div class="inline-fields">
        <div class="field">
          <label for="f-age">${i18n['childcare.search.age']} <span class="optional">${i18n['childcare.form.optional']}</span></label>
          <p class="hint" id="f-age-hint">${i18n['childcare.search.ageHint']}</p>
          <input id="f-age" name="age" inputmode="numeric" maxlength="2" value="${(query.childAgeYears()?c)!}" aria-describedby="f-age-hint">
        </div>
        <div class="field">
          <label for="f-debut">${i18n['childcare.search.start']} <span class="optional">${i18n['childcare.form.optional']}</span></label>
          <p class="hint" id="f-debut-hint">${i18n['childcare.search.startHint']}</p>
          <input id="f-debut" name="debut" type="date" value="${(query.availableFrom()?string)!}" aria-describedby="f-debut-hint">
        </div>
      </div>
    </details>
    <div class="field">
      <label for="f-q">${i18n['childcare.search.text']}</label>
      <input id="f-q" name="q" type="search" maxlength="200" value="${query.text()!}">
    </div>
    <button type="submit" class="button button--primary">${i18n['childcare.search.submit']}</button>
    [#if model.filtered]<a class="button" href="${ctx.contextPath}${site.paths.ads}">${i18n['childcare.search.reset']}</a>[/#if]
  </form>

  <h2 id="results-title" aria-live="polite">${i18n.get('childcare.search.count', [model.total])}</h2>
  [#if model.filtered]<p class="search-description">${i18n.get('childcare.search.described', [model.description])}</p>[/#if]
  [#if model.filtered]
  <p><a href="${ctx.contextPath}${site.paths.savedSearches}/nouvelle?${model.queryString}">${i18n['childcare.search.saveAlert']}</a></p>
  [/#if]

  [#if model.results?has_content]
  <ol class="ad-list" aria-labelledby="results-title">
    [#list model.results as ad]
    <li>[@a.card ad=ad headingLevel=3 /]</li>
    [/#list]
  </ol>
  [#if model.pageCount > 1]
  <nav class="pagination" aria-label="${i18n['childcare.search.pages']}">
    <p>${i18n.get('childcare.search.pageOf', [model.page, model.pageCount])}</p>
    <ul>
      [#list model.pageLinks as link]
      <li>[#if link.current]<a aria-current="page" href="${ctx.contextPath}${link.href}">${link.number}</a>[#else]<a href="${ctx.contextPath}${link.href}">${link.number}</a>[/#if]</li>
      [/#list]
    </ul>
  </nav>
  [/#if]
  [#else]
  <div class="empty-state">
    [#if model.filtered]
    <p>${i18n['childcare.search.emptyFiltered']}</p>
    <ul>
      <li>${i18n['childcare.search.emptyTipFewer']}</li>
      <li>${i18n['childcare.search.emptyTipAlert']}</li>
    </ul>
    <p><a href="${ctx.contextPath}${site.paths.savedSearches}/nouvelle?${model.queryString}">${i18n['childcare.search.saveAlert']}</a></p>
    [#else]
    <p>${i18n['childcare.search.emptyAll']}</p>
    [/#if]
    <p><a href="${ctx.contextPath}${site.paths.newAd}">${i18n['childcare.search.emptyPost']}</a></p>
  </div>
  [/#if]
</div>

[#macro choices name legend options]
  <fieldset class="field">
    <legend>${legend}</legend>
    <div class="choices">
    [#list options as option]
      <div class="choice">
        <input type="checkbox" id="f-${name}-${option?index}" name="${name}" value="${option.value}"[#if model.selected[name]?seq_contains(option.value)] checked[/#if]>
        <label for="f-${name}-${option?index}">${option.label}</label>
      </div>
    [/#list]
    </div>
  </fieldset>
[/#macro]
