package io.milkledger.twofactor.ui;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeTest {

    private static final String URI = "otpauth://totp/Milk%20Ledger:asha@example.com"
            + "?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Milk%20Ledger&algorithm=SHA1&digits=6&period=30";

    @Test
    void a_qr_reader_reads_the_otpauth_uri_back() throws Exception {
        BitMatrix modules = QrCode.modules(URI);

        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new Pixels(modules, 4))))
                .getText();

        assertThat(read).isEqualTo(URI);
    }

    @Test
    void the_svg_draws_every_dark_module_inside_a_quiet_zone() {
        BitMatrix modules = QrCode.modules(URI);
        String svg = QrCode.svg(modules);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                + modules.getWidth() + " " + modules.getHeight() + "\"");
        int drawn = 0;
        for (String run : svg.split("M")) {
            if (run.contains("h") && !run.startsWith("<")) {
                drawn += Integer.parseInt(run.substring(run.indexOf('h') + 1, run.indexOf('v')));
            }
        }
        int dark = 0;
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                dark += modules.get(x, y) ? 1 : 0;
            }
        }
        assertThat(drawn).isEqualTo(dark);
        assertThat(modules.get(0, 0)).as("quiet zone").isFalse();
        assertThat(modules.get(4, 4)).as("finder pattern").isTrue();
    }

    @Test
    void the_image_is_an_svg_data_uri() {
        String source = QrCode.image(URI, "QR code").getSrc();

        assertThat(source).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(source.substring(source.indexOf(',') + 1)),
                StandardCharsets.UTF_8)).startsWith("<svg");
    }

    /** The modules as a grey-scale picture, so many pixels to a module, for the reader. */
    private static final class Pixels extends LuminanceSource {

        private final BitMatrix modules;
        private final int scale;

        Pixels(BitMatrix modules, int scale) {
            super(modules.getWidth() * scale, modules.getHeight() * scale);
            this.modules = modules;
            this.scale = scale;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] pixels = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            for (int x = 0; x < getWidth(); x++) {
                pixels[x] = modules.get(x / scale, y / scale) ? 0 : (byte) 255;
            }
            return pixels;
        }

        @Override
        public byte[] getMatrix() {
            byte[] matrix = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, null), 0, matrix, y * getWidth(), getWidth());
            }
            return matrix;
        }
    }
}
