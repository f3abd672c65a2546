// failOnChange fails the build when a policy decides differently, after writing the reports.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Verdict policies decide differently from the baseline: 1 of 1 changed '
        + '(see the log above), and failOnChange is set')
assert log.contains('BUILD FAILURE')
def reports = new File(basedir, 'target/verdict-reports')
assert new File(reports, 'verdict-diff.md').getText('UTF-8').contains('`approve_return_label`')
return true
