[#-- Sent by the alert job as soon as new ads match a saved search with immediate alerts. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n.get('childcare.mail.searchAlert.body', [searchName, count])}
${i18n.get('childcare.mail.savedSearch.criteria', [description])}
[#list ads as ad]

- ${ad.title} (${ad.neighbourhood})
  ${ad.url}
[/#list]
[#if more > 0]

${i18n.get('childcare.mail.savedSearch.more', [more])}
[/#if]

${i18n['childcare.mail.savedSearch.search']}
${searchUrl}

${i18n['childcare.mail.searchAlert.why']}
${i18n['childcare.mail.savedSearch.manage']}
${manageUrl}

${i18n['childcare.mail.savedSearch.unsubscribe']}
${unsubscribeUrl}

[#include "/childcare/mail/signature.ftl"]
