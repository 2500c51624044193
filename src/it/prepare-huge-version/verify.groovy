def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def start = { String text -> text.substring(0, 39) + '…' }   // how messages cut long values
def huge = '1.0.' + '9' * 10000
def longest = 'v2.0.' + '9' * 250
// 10,004 characters: refused when the value is read; the message shows only its start.
assert log.contains("-DreleaseVersion=${start(huge)} is not valid: '${start(huge)}' (10004"
        + " characters) is not a Semantic Version: it is longer than 256 characters")
// 254 characters: a valid version, but 'v' + it is too long for a ref file.
assert log.contains("'${start(longest)}' is not a valid git tag name (a part of it is 255"
        + " characters long; git stores each part as a file name, at most 250 bytes)")
assert !log.contains('org.eclipse.jgit')
if (!log.contains('Error stacktraces are turned on')) {
    assert !log.contains('\tat ')
}
assert !log.readLines().any { it.length() > 2000 }   // no 10,000-character line
assert git.run(['tag', '-l']) == 'v1.2.0'
true
