[#-- Stopping a saved search's alerts from the link of an alert mail, without logging in. Model: state
     (CONFIRM: asks first; STOPPED: just stopped; ALREADY_STOPPED; UNKNOWN: the link names no search), name,
     token, action. Opening the link changes nothing: only the button does. --]
[#import "/childcare/templates/macros/form.ftl" as f]
<div class="component unsubscribe">
  [#switch model.state]
    [#case "CONFIRM"]
      <h1>${i18n.get('childcare.unsubscribe.confirmTitle', [model.name])}</h1>
      <p>${i18n['childcare.unsubscribe.confirmText']}</p>
      <form method="post" action="${ctx.contextPath}${model.action}">
        [@f.csrf /]
        <input type="hidden" name="jeton" value="${model.token}">
        <button type="submit" class="button button--primary">${i18n['childcare.unsubscribe.submit']}</button>
      </form>
      [#break]
    [#case "STOPPED"]
      <h1>${i18n['childcare.unsubscribe.stoppedTitle']}</h1>
      <div class="notice notice--success" role="status">
        <p>${i18n.get('childcare.unsubscribe.stopped', [model.name])}</p>
      </div>
      <p>${i18n['childcare.unsubscribe.resume']}</p>
      [#break]
    [#case "ALREADY_STOPPED"]
      <h1>${i18n['childcare.unsubscribe.alreadyTitle']}</h1>
      <div class="notice notice--success" role="status">
        <p>${i18n.get('childcare.unsubscribe.already', [model.name])}</p>
      </div>
      <p>${i18n['childcare.unsubscribe.resume']}</p>
      [#break]
    [#default]
      <h1>${i18n['childcare.unsubscribe.unknownTitle']}</h1>
      <div class="notice notice--warning" role="alert">
        <p>${i18n['childcare.unsubscribe.unknown']}</p>
      </div>
  [/#switch]
  <p><a href="${ctx.contextPath}${site.paths.savedSearches}">${i18n['childcare.unsubscribe.manage']}</a></p>
</div>
