package org.opencity.childcare.webapp.backoffice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionsTest {

    @Test
    void inlineWhenNameIsPlainAsciiShouldRepeatItInBothParameters() {
        assertThat(ContentDispositions.inline("1-avis d'imposition.pdf"))
            .isEqualTo("inline; filename=\"1-avis d'imposition.pdf\"; filename*=UTF-8''1-avis%20d%27imposition.pdf");
    }

    @Test
    void inlineWhenNameHasAccentsOrQuotesShouldGiveAnAsciiFallbackAndTheExactNameInUtf8() {
        assertThat(ContentDispositions.inline("quittance é\"x\".pdf"))
            .isEqualTo("inline; filename=\"quittance __x_.pdf\"; filename*=UTF-8''quittance%20%C3%A9%22x%22.pdf");
    }

}
