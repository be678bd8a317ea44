[#-- Sent on approval: the login identifier and the single-use link to choose a password. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n['childcare.mail.registrationApproved.body']}

${i18n.get('childcare.mail.registrationApproved.identifier', [identifier])}

${i18n.get('childcare.mail.registrationApproved.link', [validityHours])}
${activationUrl}

${i18n['childcare.mail.linkSafety']}

[#include "/childcare/mail/signature.ftl"]
