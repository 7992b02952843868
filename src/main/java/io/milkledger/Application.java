package io.milkledger;

import io.milkledger.legacy.LegacyImportCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        // "import-legacy ..." runs the old app's import without starting the web server
        if (LegacyImportCli.requested(args)) {
            System.exit(LegacyImportCli.run(Application.class, args));
        }
        SpringApplication.run(Application.class, args);
    }
}
