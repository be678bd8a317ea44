[#-- Sent once to a member who has not logged in for a long time, a month before their account is deleted. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n.get('childcare.mail.inactiveAccountWarning.body', [deletionDate])}

${i18n['childcare.mail.inactiveAccountWarning.keep']}
${loginUrl}

${i18n['childcare.mail.inactiveAccountWarning.leave']}

[#include "/childcare/mail/signature.ftl"]
