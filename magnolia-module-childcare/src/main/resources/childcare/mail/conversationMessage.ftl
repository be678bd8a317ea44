[#-- Sent to a member when someone writes to them in a conversation. It names the writer by first name and member
     identifier only, and does not copy the message: the reader opens it in the site. Values: firstName, senderName,
     senderIdentifier, title, conversationUrl. --]
${i18n.get('childcare.mail.greeting', [firstName])}

${i18n.get('childcare.mail.conversationMessage.body', [senderName, senderIdentifier, title])}

${i18n['childcare.mail.conversationMessage.read']}
${conversationUrl}

${i18n['childcare.mail.conversationMessage.privacy']}
${i18n['childcare.mail.conversationMessage.once']}
${i18n['childcare.mail.conversationMessage.unwanted']}

[#include "/childcare/mail/signature.ftl"]
