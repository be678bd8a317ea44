[#-- Confirms a password change, so that a member notices one they did not make. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n['childcare.mail.passwordChanged.body']}

${i18n['childcare.mail.passwordChanged.notYou']}
${forgottenUrl}

${i18n.get('childcare.mail.passwordChanged.contact', [site.name])}

[#include "/childcare/mail/signature.ftl"]
