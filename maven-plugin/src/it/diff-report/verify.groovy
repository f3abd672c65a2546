// The changed policy's region is logged and in the three reports; the renamed one is
// equivalent; the new one has no baseline; the build passes (failOnChange is not set).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] src/main/verdict/cancellations.policy: decides as '
        + 'baseline/cancellations.policy does')
assert log.contains('[INFO] src/main/verdict/exchanges.policy: new, no baseline to compare with')
assert log.contains('[INFO] baseline/returns.policy → src/main/verdict/returns.policy: 1 change')
assert log.contains('[INFO] 1. manual_review by otherwise → approve_return_label by size_label')
assert log.contains('[INFO] Verdict diff: 2 compared, 1 with changes; reports in ')
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/verdict-reports')
def text = new File(reports, 'verdict-diff.txt').getText('UTF-8')
assert text.startsWith('baseline/returns.policy → src/main/verdict/returns.policy: 1 change\n')
assert text.contains('amount between 80.00 and 99.99')
assert !text.contains('cancellations')
def markdown = new File(reports, 'verdict-diff.md').getText('UTF-8')
assert markdown.startsWith('### Policy diff: `baseline/returns.policy` → '
        + '`src/main/verdict/returns.policy`\n\n1 region of requests changes decision.\n')
assert markdown.contains('| 1 | `manual_review` by `otherwise` | `approve_return_label` by '
        + '`size_label` |')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'verdict-diff.json'))
assert json.size() == 2
assert json[0].before == 'baseline/cancellations.policy' && json[0].equivalent
assert json[1].after == 'src/main/verdict/returns.policy' && !json[1].equivalent
assert json[1].changes[0].after.outcome == 'approve_return_label'
return true
