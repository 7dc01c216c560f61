// Unit tests run 12 of 13 lines (92.3 %, over the 85 % minimum) and the module test passes: GO, build passes.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// With a message, a failed assert names what was missing instead of printing the whole log.
def logHas = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
logHas('BUILD SUCCESS')
logHas('Fearless gate predeploy: GO')

def verdictFile = new File(basedir, 'target/fearless/verdict.json')
assert verdictFile.isFile() : "the gate wrote no ${verdictFile}"
def verdict = new JsonSlurper().parse(verdictFile)
assert verdict.schema == 'fearless.verdict/v1'
assert verdict.gate == 'predeploy'
assert verdict.decision == 'GO'
assert verdict.exitCode == 0
assert verdict.steps*.name == ['static', 'unit', 'module']
assert verdict.steps.every { it.decision == 'GO' }
// The @UnitTest and the untagged test ran in the unit step, the @ModuleTest in the module step.
assert verdict.steps.find { it.name == 'unit' }.tests.passed == 2
assert verdict.steps.find { it.name == 'module' }.tests.passed == 1
assert Math.abs(verdict.steps.find { it.name == 'unit' }.coverage.line - 12 / 13) < 0.0001
return true
