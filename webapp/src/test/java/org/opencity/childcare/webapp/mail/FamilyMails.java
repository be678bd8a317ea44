package org.opencity.childcare.webapp.mail;

import org.opencity.childcare.notify.OutgoingMail;

/**
 * Mails the service sends to Camille Martin, a parent looking for a childminder: French
 * text with accents, typographic apostrophes and a single-use link longer than a mail
 * line.
 */
final class FamilyMails {

    static final String SENDER = "Garde d’enfant – Ville <no-reply@example.org>";

    static final String CAMILLE = "camille.martin@example.org";

    static final String CONFIRMATION_SUBJECT = "Confirmez l’adresse de votre famille";

    static final String CONFIRMATION_LINK = "https://garde-enfants.example.org/famille/confirmer"
            + "?jeton=Zk3q9X-7bY_2mWp0aLr4sTu8vNc6dEh1gJi5oKl&retour=%2Fannonces";

    static final String SIGNATURE = "À bientôt, l’équipe « Garde d’enfant » de la Ville.";

    static final String NEARBY_SUBJECT = "Deux places libres à la Croix-Rousse";

    private FamilyMails() {
    }

    static OutgoingMail confirmation() {
        String text = """
                Bonjour Camille,

                Pour confirmer l’adresse de votre famille, ouvrez ce lien (valable 72 h) :
                %s

                %s
                """.formatted(CONFIRMATION_LINK, SIGNATURE);

        return new OutgoingMail(CAMILLE, CONFIRMATION_SUBJECT, text);
    }

    static OutgoingMail newListingNearby() {
        String text = "Bonjour Camille,\n\nÉlodie Garnier a deux places près de chez vous.\n";

        return new OutgoingMail(CAMILLE, NEARBY_SUBJECT, text);
    }

}
