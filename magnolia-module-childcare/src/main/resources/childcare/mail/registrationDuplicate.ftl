[#-- Sent to an address that is already registered when someone applies with it again. --]
${i18n['childcare.mail.greetingNoName']}

${i18n['childcare.mail.registrationDuplicate.body']}

${i18n['childcare.mail.registrationDuplicate.pending']}

${i18n['childcare.mail.registrationDuplicate.login']}
${loginUrl}

${i18n['childcare.mail.registrationDuplicate.forgotten']}
${forgottenUrl}

${i18n['childcare.mail.registrationDuplicate.notYou']}

[#include "/childcare/mail/signature.ftl"]
