// The error and the warnings are logged in the form Maven's compiler uses, with full paths.
def log = new File(basedir, 'build.log').getText('UTF-8')
def policies = new File(basedir, 'src/main/verdict').canonicalPath
assert log.contains('[ERROR] ' + policies + '/returns.policy:[6,8] error[E0201]: '
        + 'unknown field `reasn` (help: did you mean `reason`?)')
assert log.contains('[WARNING] ' + policies + '/unplatformed.policy:[1,1] warning[W0406]: '
        + 'no platform profile: platform rules were not checked '
        + '(help: add `platform tiktok_us` or pass `--platform`)')
assert log.contains('Verdict policies have 1 error, 2 warnings')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/verdict').exists()
return true
