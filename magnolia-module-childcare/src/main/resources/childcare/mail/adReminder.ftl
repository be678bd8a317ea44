[#-- Sent once per lifetime, a few days before expiry: the one-click renewal link. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n.get('childcare.mail.adReminder.body', [title, expiryDate, expiryTime])}

${i18n.get('childcare.mail.adReminder.renew', [validityDays, lifetimeDays])}
${renewUrl}

${i18n['childcare.mail.adReminder.ignore']}

${i18n['childcare.mail.adReminder.view']}
${adUrl}

${i18n['childcare.mail.linkSafety']}

[#include "/childcare/mail/signature.ftl"]
