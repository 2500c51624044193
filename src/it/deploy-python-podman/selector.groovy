return evaluate(new File(basedir, '../../../src/it/lib/tools.groovy'))(basedir, [
        'python3'          : 'Python 3.11 or later',
        'podman'           : 'apt-get install podman runc',
        '/usr/sbin/runc'   : 'apt-get install runc',
        '/usr/bin/python3.11': 'apt-get install python3.11 (the image is made from it)',
])
