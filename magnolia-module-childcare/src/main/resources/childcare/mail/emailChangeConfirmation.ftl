[#-- Sent to the new address a member asked for: the single-use link that makes it their address. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n['childcare.mail.emailChangeConfirmation.body']}

${i18n.get('childcare.mail.emailChangeConfirmation.link', [validityHours])}
${confirmUrl}

${i18n['childcare.mail.emailChangeConfirmation.notYou']}

[#include "/childcare/mail/signature.ftl"]
