[#-- Sent by the alert job once a day, at the digest hour, for a saved search with daily alerts that has new ads. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n.get('childcare.mail.searchDigest.body', [searchName, count])}
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

${i18n['childcare.mail.searchDigest.why']}
${i18n['childcare.mail.savedSearch.manage']}
${manageUrl}

${i18n['childcare.mail.savedSearch.unsubscribe']}
${unsubscribeUrl}

[#include "/childcare/mail/signature.ftl"]
