// fearless:report without a gate run: a build error that says to run a gate, and no report.
def log = new File(basedir, 'build.log').text
def logHas = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
logHas('BUILD FAILURE')
logHas('Fearless report: no Allure results in ')
logHas('target/fearless/allure-results: run a gate first;')
assert !new File(basedir, 'target/fearless/allure-report').exists()
return true
