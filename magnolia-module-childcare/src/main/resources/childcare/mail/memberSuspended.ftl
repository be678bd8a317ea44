[#-- Sent when a webmaster suspends a member, with their reason and whom to contact. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n['childcare.mail.memberSuspended.body']}

${reason}

${i18n['childcare.mail.memberSuspended.effects']}

${i18n['childcare.mail.memberSuspended.contact']}
${site.url}

[#include "/childcare/mail/signature.ftl"]
