[#-- Sent when a webmaster refuses an ad in review, with their reason. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n.get('childcare.mail.adReviewRejected.body', [title])}

${reason}

${i18n['childcare.mail.adReviewRejected.next']}

[#include "/childcare/mail/signature.ftl"]
