[#-- Sent when a webmaster reactivates a suspended member. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n['childcare.mail.memberReactivated.body']}

${i18n.get('childcare.mail.memberReactivated.login', [identifier])}
${loginUrl}

${i18n['childcare.mail.memberReactivated.ads']}

[#include "/childcare/mail/signature.ftl"]
