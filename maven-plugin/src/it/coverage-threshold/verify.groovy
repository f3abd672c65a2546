// The tests pass, but `otherwise` and the platform guard decide none of them: under a rule
// coverage of 100% the build fails, after writing the JUnit XML and the Cobertura report.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Tests: 1 passed, 0 failed')
assert log.contains('[INFO] Coverage of src/main/verdict/cancellations.policy: rules 33.3% (1/3)')
assert log.contains('Verdict test coverage is under the threshold: '
        + 'src/main/verdict/cancellations.policy: rules 33.3% < 100.0%')
assert log.contains('BUILD FAILURE')
def reports = new File(basedir, 'target/verdict-reports')
def junit = new File(reports, 'TEST-verdict.xml').getText('UTF-8')
assert junit.contains('tests="1" failures="0" errors="0"')
assert junit.contains('<testcase name="a small unshipped order cancels itself"')
def coverage = new File(reports, 'coverage.xml').getText('UTF-8')
assert coverage.contains('filename="src/main/verdict/cancellations.policy"')
assert coverage.contains('<line number="8" hits="0" branch="false"/>')
return true
