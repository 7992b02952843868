package io.milkledger;

import io.milkledger.legacy.LegacyImportCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Milk Ledger. Scheduling is switched on here, for the whole app: the features' clean-ups (old sign-in attempts,
 * spent email links) are {@code @Scheduled} methods of their own beans.
 */
@SpringBootApplication
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        // "import-legacy ..." runs the old app's import without starting the web server
        if (LegacyImportCli.requested(args)) {
            System.exit(LegacyImportCli.run(Application.class, args));
        }
        SpringApplication.run(Application.class, args);
    }
}
