// Surefire's default includes select OrderTestCase (failing), ShippingTest and its @Nested class, not OrderCheck;
// its second execution selects OrderApiIT: the gate runs the same tests, so it says STOP on OrderTestCase's failure alone. The build is given
// -Dtest=ShippingTest, which the gate does not follow.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// With a message, a failed assert names what was missing instead of printing the whole log.
def logHas = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
logHas('BUILD FAILURE')
logHas('Fearless gate predeploy: STOP')
logHas('Fearless gate predeploy: 4 test class(es) in ')
logHas('integration-tests: includes [**/*IT.java]')
// -Dtest narrows Surefire's run, not the gate's, and the log says so.
logHas('Fearless gate predeploy: -Dtest=ShippingTest does not narrow the gate')
assert !log.contains('OrderCheck ran') : 'the gate ran OrderCheck, which Surefire would not run'

def verdictFile = new File(basedir, 'target/fearless/verdict.json')
assert verdictFile.isFile() : "the gate wrote no ${verdictFile}"
def verdict = new JsonSlurper().parse(verdictFile)
assert verdict.decision == 'STOP'
def unit = verdict.steps.find { it.name == 'unit' }
assert unit.decision == 'STOP'
// ShippingTest's two tests, its @Nested class's one, OrderTestCase's one, OrderApiIT's one; not OrderCheck's.
assert unit.tests.found == 5 : "unit tests found: ${unit.tests}"
assert unit.tests.passed == 4 : "unit tests: ${unit.tests}"
assert unit.tests.failed == 1 : "unit tests: ${unit.tests}"
def failures = unit.failures.toString()
assert failures.contains('OrderTestCase') : "unit failures: ${failures}"
assert !failures.contains('OrderCheck') : "unit failures: ${failures}"
return true
