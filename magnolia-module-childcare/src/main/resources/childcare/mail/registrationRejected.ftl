[#-- Sent on rejection, with the webmaster's reason. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n['childcare.mail.registrationRejected.body']}

${reason}

${i18n['childcare.mail.registrationRejected.next']}

[#include "/childcare/mail/signature.ftl"]
