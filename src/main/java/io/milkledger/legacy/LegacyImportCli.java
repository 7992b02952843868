package io.milkledger.legacy;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * Starts the application without its web server to run {@code import-legacy}: same configuration, same database,
 * same Flyway migrations, but no port is opened and no view is served.
 */
public final class LegacyImportCli {

    /** The first argument that selects this command instead of the web app. */
    public static final String COMMAND = "import-legacy";

    static final String COMMAND_PROPERTY = "milk-ledger.command";

    static final List<String> WEB_ONLY_AUTO_CONFIGURATIONS = List.of(
            "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");

    private LegacyImportCli() {
    }

    /** True when the arguments ask for the import rather than the web app. */
    public static boolean requested(String[] args) {
        return args.length > 0 && args[0].equals(COMMAND);
    }

    /**
     * Runs the command in a context built from {@code application} and returns the exit code.
     *
     * @param application the {@code @SpringBootApplication} class
     */
    public static int run(Class<?> application, String[] args) {
        List<String> arguments = List.of(args);
        // wrong arguments and unreadable files are told at once, before the app and its database start
        try {
            LegacyImportCommand.Arguments parsed = LegacyImportCommand.parse(arguments);
            if (parsed.help()) {
                System.out.print(LegacyImportCommand.USAGE_TEXT);
                return LegacyImportCommand.OK;
            }
            parsed.source().check();
        } catch (IllegalArgumentException e) {
            return LegacyImportCommand.usage(System.err, e.getMessage());
        } catch (LegacyImportException e) {
            return LegacyImportCommand.failed(System.err, e);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(COMMAND_PROPERTY + "=" + COMMAND, "logging.level.root=warn",
                        // Vaadin's servlet and its security wiring need a web application context
                        "spring.autoconfigure.exclude=" + String.join(",", WEB_ONLY_AUTO_CONFIGURATIONS))
                .run()) {
            return context.getBean(LegacyImportCommand.class).run(arguments, System.out, System.err);
        } catch (RuntimeException e) {
            System.err.println("Import failed: the app could not start: " + rootMessage(e));
            return LegacyImportCommand.FAILED;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
