// Unit tests run half of Shipping's lines: the predeploy gate must say STOP on coverage.line and fail the build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// With a message, a failed assert names what was missing instead of printing the whole log.
def logHas = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
logHas('BUILD FAILURE')
logHas('Fearless gate predeploy: STOP')
logHas('coverage.line')

def verdictFile = new File(basedir, 'target/fearless/verdict.json')
assert verdictFile.isFile() : "the gate wrote no ${verdictFile}"
def verdict = new JsonSlurper().parse(verdictFile)
assert verdict.schema == 'fearless.verdict/v1'
assert verdict.gate == 'predeploy'
assert verdict.decision == 'STOP'
assert verdict.exitCode == 1
// 6 of Shipping's 11 lines: the class (its constructor), the if, and standard delivery's 4 lines.
assert verdict.reason ==~ /step unit: coverage\.line is 0\.54\d\d, but expected minimum is 0\.8500/
assert verdict.steps.find { it.name == 'static' }?.decision == 'GO'
return true
