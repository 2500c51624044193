import java.time.LocalDate
import java.time.ZoneId

def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
assert log.contains('Released 1.3.0 as v1.3.0')
// One instant, in the configured zone: the tag, the release commit and the changelog agree.
String tagger = git.run(['for-each-ref', '--format=%(taggerdate:iso-strict)', 'refs/tags/v1.3.0'])
String committed = git.run(['log', '-1', '--format=%cI', 'v1.3.0^{commit}'])
String authored = git.run(['log', '-1', '--format=%aI', 'v1.3.0^{commit}'])
assert tagger.endsWith('+14:00') : tagger
assert committed == tagger && authored == tagger : "${committed} ${authored} ${tagger}"
String day = tagger.substring(0, 10)
def changelog = new File(basedir, 'CHANGELOG.md').text
assert changelog.contains("## [1.3.0] - ${day}") : changelog
def kiritimati = LocalDate.now(ZoneId.of('Pacific/Kiritimati'))
assert LocalDate.parse(day) in [kiritimati, kiritimati.minusDays(1)]
