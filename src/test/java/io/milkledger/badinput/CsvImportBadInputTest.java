package io.milkledger.badinput;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import io.milkledger.IntegrationTest;
import io.milkledger.delivery.ui.LedgerView;
import io.milkledger.transfer.ImportProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/**
 * The CSV import: a file that can't be read is explained in the dialog, a line that can't be taken is listed with
 * its number, and nothing is imported while anything is wrong.
 */
@IntegrationTest
class CsvImportBadInputTest extends BadInputUiTest {

    @BeforeEach
    void openTheImport() {
        households.registerAndSignIn("Gita");
        navigate(LedgerView.class);
        click("Import CSV");
        remember();
    }

    static Stream<Named<byte[]>> unreadableFiles() {
        return Stream.of(
                named("an empty file", new byte[0]),
                named("a file of only spaces", utf8("   \n  \n")),
                named("a file with only the header", utf8("Date,Litres\n")),
                named("a UTF-16 file", ("\uFEFFDate,Litres\n2025-06-01,1\n").getBytes(StandardCharsets.UTF_16LE)),
                named("a UTF-16 big-endian file", ("\uFEFFDate,Litres\n2025-06-01,1\n")
                        .getBytes(StandardCharsets.UTF_16BE)),
                named("a Latin-1 file", "Date,Litres,Note\n2025-06-01,1,café au lait\n"
                        .getBytes(StandardCharsets.ISO_8859_1)),
                named("a 6 MB file", sixMegabytes()),
                named("binary junk", junk()),
                named("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}),
                named("a SQLite database", utf8("SQLite format 3\u0000\u0010\u0000")),
                named("a NUL in a note", utf8("Date,Litres,Note\n2025-06-01,1,fresh\u0000milk\n")),
                named("unknown columns", utf8("Day,Quantity\n2025-06-01,1\n")),
                named("a column twice", utf8("Date,Litres,Litres\n2025-06-01,1,2\n")),
                named("no litres column", utf8("Date,Note\n2025-06-01,hello\n")),
                named("an unclosed quote that swallows the next line", utf8("Date,Litres,Note\n2025-06-01,1,\"never closed\n"
                        + "2025-06-02,1,\n")),
                named("a header of 10,000 characters", utf8(BadValues.TEN_THOUSAND_CHARACTERS + "\n2025-06-01,1\n")),
                named("HTML and script", utf8("<html><script>alert(1)</script></html>\n")));
    }

    static Stream<Named<String>> badLines() {
        Stream<Named<String>> dates = BadValues.notDates()
                .map(date -> named("the date " + date.getName(), date.getPayload() + ",1,"));
        Stream<Named<String>> litres = BadValues.notNumbers()
                .map(number -> named("litres of " + number.getName(), "2025-06-01,\"" + number.getPayload() + "\","));
        Stream<Named<String>> others = Stream.of(
                named("negative litres", "2025-06-01,-1,"),
                named("a formula for litres", "2025-06-01,=1+1,"),
                named("no date", ",1,"),
                named("no litres", "2025-06-01,,"),
                named("a note of 10,000 characters", "2025-06-01,1," + BadValues.TEN_THOUSAND_CHARACTERS),
                named("a note with control characters", "2025-06-01,1,fresh\u0007milk"),
                named("a note with a right-to-left override", "2025-06-01,1,milk\u202Egnp.exe"));
        return Stream.concat(Stream.concat(dates, litres), others);
    }

    @ParameterizedTest(name = "{0} is explained in the import dialog and nothing can be imported")
    @MethodSource("unreadableFiles")
    void a_file_that_cannot_be_read_is_explained(byte[] file) {
        test($(Upload.class).single()).upload("ledger.csv", "text/csv", file);

        Paragraph summary = $(Paragraph.class).withTextContaining(".").all().stream()
                .filter(p -> !p.getText().startsWith("A CSV file with a header line")).findFirst().orElseThrow();
        assertThat(summary.getText()).isNotBlank();
        assertThat($(Button.class).withTextContaining("Import").all().stream()
                .filter(b -> !b.getText().equals("Import CSV")).noneMatch(Button::isEnabled)).isTrue();
        assertNothingStored();
    }

    @ParameterizedTest(name = "a line with {0} is listed as line 2 with its problem and nothing can be imported")
    @MethodSource("badLines")
    @SuppressWarnings("unchecked")
    void a_line_that_cannot_be_taken_is_listed(String line) {
        test($(Upload.class).single()).upload("ledger.csv", "text/csv", utf8("Date,Litres,Note\n" + line + "\n"));

        Grid<ImportProblem> problems = $(Grid.class).all().stream()
                .filter(grid -> grid.getColumns().size() == 2).findFirst().orElseThrow();
        assertThat(test(problems).size()).isEqualTo(1);
        assertThat(test(problems).getRow(0).line()).isEqualTo(2);
        assertThat(test(problems).getRow(0).reason()).isNotBlank();
        assertThat($(Paragraph.class).withTextContaining("1 line has a problem").exists()).isTrue();
        assertNothingStored();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sixMegabytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("Date,Litres,Note\n"));
        byte[] line = utf8("2025-06-01,1," + "m".repeat(480) + "\n");
        while (out.size() < 6 * 1024 * 1024) {
            out.writeBytes(line);
        }
        return out.toByteArray();
    }

    private static byte[] junk() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
