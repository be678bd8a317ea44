[#-- Sent when a webmaster removes an ad, with their reason. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n.get('childcare.mail.adRemoved.body', [title])}

${reason}

${i18n['childcare.mail.adRemoved.next']}

[#include "/childcare/mail/signature.ftl"]
