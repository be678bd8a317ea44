[#-- Acknowledgment sent when an application is recorded. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n['childcare.mail.registrationReceived.body']}

${i18n['childcare.mail.registrationReceived.next']}

[#include "/childcare/mail/signature.ftl"]
