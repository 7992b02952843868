package io.milkledger.deployment;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer with an older JDK learns what to do from the first lines of the first build. */
class BuildFileTest {

    @Test
    void the_build_checks_for_jdk_21_first_in_the_validate_phase_with_a_message_naming_java_home() throws Exception {
        Element build = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File("pom.xml")).getDocumentElement().getElementsByTagName("build").item(0);
        Element firstPlugin = (Element) ((Element) build.getElementsByTagName("plugins").item(0))
                .getElementsByTagName("plugin").item(0);

        assertThat(text(firstPlugin, "artifactId")).isEqualTo("maven-enforcer-plugin");
        assertThat(text(firstPlugin, "phase")).isEqualTo("validate");
        assertThat(text(firstPlugin, "goal")).isEqualTo("enforce");
        Element rule = (Element) firstPlugin.getElementsByTagName("requireJavaVersion").item(0);
        assertThat(text(rule, "version")).isEqualTo("[21,)");
        assertThat(text(rule, "message")).contains("JDK 21 or newer", "JAVA_HOME").doesNotContain("\n");
        // spring-boot:run, the default goal, runs the lifecycle up to test-compile first, so validate comes before it
        assertThat(text(build, "defaultGoal")).isEqualTo("spring-boot:run");
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        assertThat(nodes.getLength()).as(tag).isPositive();
        return nodes.item(0).getTextContent().strip();
    }
}
