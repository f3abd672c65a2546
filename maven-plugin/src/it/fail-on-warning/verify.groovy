// The policy under policies/ was checked against the default platform (no W0406), and its one
// warning failed the build.
def log = new File(basedir, 'build.log').getText('UTF-8')
def policy = new File(basedir, 'policies/refunds.policy').canonicalPath
assert log.contains('[WARNING] ' + policy + ':[3,1] warning[W0405]: rule `small` refunds')
assert !log.contains('W0406')
assert log.contains('Verdict policies have 1 warning, and failOnWarning is set')
assert log.contains('BUILD FAILURE')
return true
