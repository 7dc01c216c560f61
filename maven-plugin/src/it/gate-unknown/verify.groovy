// -Dfearless.gate=nosuch: the gate is not defined, so the verdict is ERROR (exit code 2) and the build fails naming it.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// With a message, a failed assert names what was missing instead of printing the whole log.
def logHas = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
logHas('BUILD FAILURE')
logHas('Fearless gate nosuch: ERROR')

def verdictFile = new File(basedir, 'target/fearless/verdict.json')
assert verdictFile.isFile() : "the gate wrote no ${verdictFile}"
def verdict = new JsonSlurper().parse(verdictFile)
assert verdict.gate == 'nosuch'
assert verdict.decision == 'ERROR'
assert verdict.exitCode == 2
assert verdict.reason.contains('nosuch')
// The reason also says which gates are defined.
assert verdict.reason.contains('predeploy')
return true
