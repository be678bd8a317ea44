[#-- A single-use link to choose a new password. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n['childcare.mail.passwordReset.body']}

${i18n.get('childcare.mail.passwordReset.identifier', [identifier])}

${i18n.get('childcare.mail.passwordReset.link', [validityHours])}
${resetUrl}

${i18n['childcare.mail.passwordReset.notYou']}

[#include "/childcare/mail/signature.ftl"]
