package org.opencity.childcare.webapp.security.secondfactor;

import io.nayuki.qrcodegen.QrCode;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a QR code as an inline SVG image: one path of dark rectangles on a white square
 * with the four-module quiet zone scanners need. The encoded text appears only as
 * squares.
 */
public final class QrCodeSvg {

    private static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    /**
     * @param text what the code encodes
     * @param label the image's accessible name
     */
    public static String draw(String text, String label) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            int x = 0;
            while (x < code.size) {
                if (!code.getModule(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < code.size && code.getModule(x + run, y)) {
                    run++;
                }
                // One rectangle per run of dark modules in a row.
                path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE);
                path.append('h').append(run).append("v1h-").append(run).append('z');
                x += run;
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" aria-label=\""
                + HtmlUtils.htmlEscape(label, "UTF-8") + "\" viewBox=\"0 0 " + size + " " + size + "\" width=\""
                + (size * 5) + "\" height=\"" + (size * 5)
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
    }

}
