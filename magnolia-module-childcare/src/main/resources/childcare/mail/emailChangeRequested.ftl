[#-- Sent to the current address when a change of address is asked, so that its owner can stop one they did not ask. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n.get('childcare.mail.emailChangeRequested.body', [newEmail])}

${i18n['childcare.mail.emailChangeRequested.notYou']}
${forgottenUrl}

[#include "/childcare/mail/signature.ftl"]
