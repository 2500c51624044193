return evaluate(new File(basedir, '../../../src/it/lib/tools.groovy'))(basedir, [
        'python3'                                 : 'Python 3.11 or later',
        '/usr/sbin/sshd'                          : 'apt-get install openssh-server',
        'ssh-keygen'                              : 'apt-get install openssh-client',
        '/usr/bin/python3 -c "import fabric"'     : 'apt-get install python3-fabric',
])
