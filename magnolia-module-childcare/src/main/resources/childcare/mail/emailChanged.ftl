[#-- Sent to the former address once the new one is confirmed. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n.get('childcare.mail.emailChanged.body', [newEmail])}

${i18n.get('childcare.mail.emailChanged.notYou', [site.name])}

[#include "/childcare/mail/signature.ftl"]
