// The failing test is logged with its position, the count follows, and the build fails.
def log = new File(basedir, 'build.log').getText('UTF-8')
def policy = new File(basedir, 'src/main/verdict/cancellations.policy').canonicalPath
assert log.contains('[ERROR] ' + policy + ':[16,1] test "a big unshipped order cancels itself '
        + 'too" failed: expected `approve_cancel`, got `manual_review` from `otherwise`')
assert log.contains('[INFO] Tests: 1 passed, 1 failed')
assert log.contains('There are Verdict test failures: 1 of 2 failed')
assert log.contains('BUILD FAILURE')
// The JUnit XML has the failure, for CI servers.
def junit = new File(basedir, 'target/verdict-reports/TEST-verdict.xml').getText('UTF-8')
assert junit.contains('tests="2" failures="1" errors="0"')
assert junit.contains('<failure message="expected `approve_cancel`, got `manual_review` from '
        + '`otherwise`" type="failure">')
return true
