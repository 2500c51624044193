return evaluate(new File(basedir, '../../../src/it/lib/tools.groovy'))(basedir, [
        'python3'         : 'Python 3.11 or later',
        'ansible-playbook': 'apt-get install ansible-core',
        'prometheus'      : 'apt-get install prometheus',
])
