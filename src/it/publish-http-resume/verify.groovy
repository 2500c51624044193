def server = System.properties.remove('release-process.it.publish-http.' + basedir.canonicalPath)
server?.stop(0)

def log = new File(basedir, 'build.log').text
def files = ['it/example/ledger-api/1.0.0/ledger-api-1.0.0.pom',
             'it/example/ledger-api/1.0.0/ledger-api-1.0.0.pom.md5',
             'it/example/ledger-api/1.0.0/ledger-api-1.0.0.pom.sha1',
             'it/example/ledger-api/maven-metadata.xml',
             'it/example/ledger-api/maven-metadata.xml.md5',
             'it/example/ledger-api/maven-metadata.xml.sha1']

// The first run: built from the tag in a clean copy, staged, then refused at the third file.
assert log.contains('[INFO] [publish] [INFO] BUILD SUCCESS')
assert new File(basedir, 'target/release-process/publish-1.0.0/pom.xml').isFile()
assert log.contains('on project ledger-api: Publishing 1.0.0 stopped halfway: uploading ' + files[2] + ' to it-http')
assert log.contains('the repository answered HTTP 503')
assert log.contains('2 of 6 files reached it-http (' + files[0] + ', ' + files[1] + '); 4 did not,'
        + ' and no maven-metadata.xml names 1.0.0 there yet')
assert log.contains("there yet. Finish it with 'mvn release-process:publish -Drelease-process.version=1.0.0' (it uploads the 4 missing files")

// The second run: the 4 missing files, from the staged ones, without a second build.
assert log.contains('Resuming the upload of 1.0.0 with the 6 files staged in')
assert log.contains('[INFO] Uploaded 4 files of 1.0.0 to it-http')
assert log.count('[publish] [INFO] BUILD SUCCESS') == 1
def puts = new File(basedir, 'puts.txt').readLines()
assert puts == files[0..2] + files[2..5]
files.each { assert new File(basedir, 'http-repo/' + it).isFile() }
def metadata = new File(basedir, 'http-repo/it/example/ledger-api/maven-metadata.xml').text
assert metadata.contains('<version>1.0.0</version>')
assert new File(basedir, 'http-repo/it/example/ledger-api/maven-metadata.xml.sha1').text.trim() ==
        java.security.MessageDigest.getInstance('SHA-1').digest(metadata.getBytes('UTF-8'))
                .encodeHex().toString()

// The ledger: each run planned, then failed or succeeded.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def subjects = git.run(['log', '--format=%s', 'refs/release-process/ledger']).readLines().reverse()
assert subjects == ['publish 1.0.0 to it-http: planned', 'publish 1.0.0 to it-http: failed',
                    'publish 1.0.0 to it-http: planned', 'publish 1.0.0 to it-http: succeeded']
assert !log.contains('Exception:') && !log.contains('\tat ')
true
