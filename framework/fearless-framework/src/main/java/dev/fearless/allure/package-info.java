/**
 * Allure results that know their layer, gate and step: {@link dev.fearless.allure.FearlessAllureLabels}, registered
 * with Allure through the service loader.
 */
package dev.fearless.allure;
