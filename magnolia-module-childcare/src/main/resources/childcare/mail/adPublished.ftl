[#-- Sent when a webmaster publishes an ad that waited for review. Values: firstName, title, adUrl, expiryDate. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n.get('childcare.mail.adPublished.body', [title, expiryDate])}

${adUrl}

${i18n['childcare.mail.adPublished.next']}

[#include "/childcare/mail/signature.ftl"]
