// fearless:report on a STOP run's results: Allure's report with the verdict's counts, decision and failed rule.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def logHas = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
logHas('BUILD SUCCESS')
logHas('Fearless report: ')

def report = new File(basedir, 'gate-run/allure-report')
assert new File(report, 'index.html').isFile() : "fearless:report wrote no ${report}/index.html"
def summary = new JsonSlurper().parse(new File(report, 'widgets/summary.json'))
assert summary.statistic.passed == 2
assert summary.statistic.failed == 1
assert summary.statistic.total == 3
def environment = new JsonSlurper().parse(new File(report, 'widgets/environment.json'))
assert environment.find { it.name == 'fearless.decision' }.values == ['STOP']
assert environment.find { it.name == 'fearless.rule.unit.passRate' }.values == ['0.6667 (threshold 1.0)']
def categories = new File(report, 'widgets/categories.json').text
assert categories.contains('Gate STOP, step unit: passRate is 0.6667, but expected minimum is 1.0000')
return true
