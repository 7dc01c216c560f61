/**
 * The gate's Allure report, made offline by Allure's own generator: {@link dev.fearless.reports.allure.AllureReport}
 * adds the verdict to the forks' {@code allure-results} ({@link dev.fearless.reports.allure.AllureEnrichment}), then
 * runs the generator of the {@code allure-commandline} distribution in its own JVM
 * ({@link dev.fearless.reports.allure.AllureDistribution}, {@link dev.fearless.reports.allure.AllureGenerator}).
 */
package dev.fearless.reports.allure;
