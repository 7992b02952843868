package io.milkledger.legacy;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code import-legacy --sqlite <file> | --url <database url> [--dry-run]}: the import from the command line, into the
 * database the app is configured with. It exists only in the application context {@link LegacyImportCli} starts,
 * which has no web server, so nothing on the web can reach it; it runs without a signed-in user.
 */
@Component
@ConditionalOnProperty(name = LegacyImportCli.COMMAND_PROPERTY, havingValue = LegacyImportCli.COMMAND)
class LegacyImportCommand {

    /** Finished; the report may still list rows that were skipped. */
    static final int OK = 0;
    /** The source could not be read, or a user could not be stored. */
    static final int FAILED = 1;
    /** The arguments were wrong. */
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: java -jar milk-ledger.jar import-legacy (--sqlite <file> | --url <database url>) [--dry-run]
              --sqlite <file>  the old app's SQLite database (instance/milk-calculation.db)
              --url <url>      the old app's PostgreSQL database: postgres://user:password@host:5432/db,
                               postgresql://... or jdbc:postgresql://...
              --dry-run        report what would be imported and write nothing
            Imports into the database the app uses: DATABASE_URL, or the embedded one on a laptop.
            """;

    private final LegacyImporter importer;

    LegacyImportCommand(LegacyImporter importer) {
        this.importer = importer;
    }

    /** What the command was asked to do. */
    record Arguments(@Nullable String sqlite, @Nullable String url, boolean dryRun, boolean help) {

        LegacySource source() {
            return sqlite != null ? LegacySource.sqlite(Path.of(sqlite)) : LegacySource.postgres(requireUrl());
        }

        private String requireUrl() {
            if (url == null) {
                throw new IllegalStateException("neither --sqlite nor --url");
            }
            return url;
        }
    }

    /**
     * Reads the arguments, which may start with the command's name.
     *
     * @throws IllegalArgumentException saying what is wrong with them
     */
    static Arguments parse(List<String> args) {
        List<String> rest = !args.isEmpty() && args.getFirst().equals(LegacyImportCli.COMMAND)
                ? args.subList(1, args.size()) : args;
        String sqlite = null;
        String url = null;
        boolean dryRun = false;
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            switch (arg) {
                case "--dry-run" -> dryRun = true;
                case "--help", "-h" -> {
                    return new Arguments(null, null, false, true);
                }
                case "--sqlite", "--url" -> {
                    if (i + 1 >= rest.size()) {
                        throw new IllegalArgumentException(arg + " needs a value.");
                    }
                    if (arg.equals("--sqlite")) {
                        sqlite = rest.get(++i);
                    } else {
                        url = rest.get(++i);
                    }
                }
                default -> throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        if ((sqlite == null) == (url == null)) {
            throw new IllegalArgumentException("Give either --sqlite or --url.");
        }
        return new Arguments(sqlite, url, dryRun, false);
    }

    /** Runs the command and returns the process's exit code; {@code args} may start with the command's name. */
    int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (arguments.help()) {
            out.print(USAGE_TEXT);
            return OK;
        }
        try {
            ImportReport report = importer.run(arguments.source(), arguments.dryRun(), ImportProgress.NONE);
            out.print(report.text());
            if (report.failed()) {
                err.println("Some users could not be imported; see FAILED above. Nothing of them was stored.");
                return FAILED;
            }
            return OK;
        } catch (LegacyImportException e) {
            return failed(err, e);
        }
    }

    static int failed(PrintStream err, LegacyImportException e) {
        err.println("Import failed: " + e.getMessage() + " Nothing was imported.");
        return FAILED;
    }

    static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.print(USAGE_TEXT);
        return USAGE;
    }
}
