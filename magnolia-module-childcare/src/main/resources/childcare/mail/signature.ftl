[#-- Closing lines shared by every mail. --]
${i18n['childcare.mail.signature']}
${site.name}
${site.url}

${i18n['childcare.mail.doNotReply']}
