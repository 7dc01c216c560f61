package dev.fearless.samples.library.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.info.BuildProperties;

import dev.fearless.api.UnitTest;

class VersionHealthIndicatorTest {

    @UnitTest
    void reportsTheBuildsVersion() {
        Properties build = new Properties();
        build.setProperty("version", "1.4.2");
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("buildProperties", new BuildProperties(build));

        Health health = new VersionHealthIndicator(beans.getBeanProvider(BuildProperties.class)).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("version", "1.4.2");
    }

    @UnitTest
    void saysUnknownWithoutBuildInformation() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();

        Health health = new VersionHealthIndicator(beans.getBeanProvider(BuildProperties.class)).health();

        assertThat(health.getDetails()).containsEntry("version", "unknown");
    }
}
