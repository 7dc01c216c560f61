// Run from the parent: the parent (pom packaging) is skipped with a word, shipping is gated in its own build and says
// GO (its tests need the argLine property, expressions Maven evaluates for Surefire, and basedir, as under Surefire),
// docs skips the gate with fearless.skip. The fearless.yml at the root gates shipping, which has none of its own.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// With a message, a failed assert names what was missing instead of printing the whole log.
def logHas = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
logHas('BUILD SUCCESS')
logHas('Skipping Fearless gate for gate-multi-module: pom packaging has no code or tests to gate; each module is'
        + ' gated in its own build')
logHas('Skipping Fearless gate (fearless.skip=true)')
logHas('Fearless gate predeploy: GO')
logHas('Skipping Fearless report for gate-multi-module: pom packaging is not gated')
assert new File(basedir, 'shipping/target/fearless/allure-report/index.html').isFile() : 'no report for shipping'
assert !new File(basedir, 'target/fearless').exists() : 'the parent was gated'
// docs skips its gate: the earlier run's GO that prebuild.groovy left there is gone, and nothing new was written.
logHas('Removed the verdict and reports of an earlier run from ' + new File(basedir, 'docs/target/fearless').path)
def docsReports = new File(basedir, 'docs/target/fearless')
assert !new File(docsReports, 'verdict.json').exists() : 'docs kept an old verdict, or was gated despite fearless.skip'
assert !new File(docsReports, 'summary.md').exists() : 'docs kept an old summary'
assert !new File(docsReports, 'unit').exists() : 'docs was gated despite fearless.skip'

def verdictFile = new File(basedir, 'shipping/target/fearless/verdict.json')
assert verdictFile.isFile() : "the gate wrote no ${verdictFile}"
def verdict = new JsonSlurper().parse(verdictFile)
assert verdict.decision == 'GO'
// The root's fearless.yml (unit, then module), not the built-in predeploy (static, unit, module).
logHas('Fearless gate predeploy: configuration ' + new File(basedir, 'fearless.yml').canonicalPath)
assert verdict.steps*.name == ['unit', 'module'] : "steps: ${verdict.steps*.name}"
// ShippingTest's two tests and SurefireForkTest's three.
assert verdict.steps.find { it.name == 'unit' }.tests.passed == 5
return true
