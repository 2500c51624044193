"""Fabric tasks for python-app: the same deployment as ops/ansible/deploy.yml, over SSH.

    python3 -m fabric -r ops -H root@host:22 -i ~/.ssh/deploy_key deploy \\
        --version 1.0.0 --source . --state /srv/python-app/production --port 8482

Uploads the tagged sources as one archive into <state>/releases/<version>, switches `current`
and restarts the service detached (ops/service.sh). The rollback is the same task with the
previous version.
"""

import io
import os
import shlex
import tarfile

from fabric import task

INSTALLED = ("app", "ops", "pyproject.toml", "CHANGELOG.md")


def _archive(source):
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w:gz") as tar:
        for name in INSTALLED:
            path = os.path.join(source, name)
            if os.path.exists(path):
                tar.add(path, arcname=name,
                        filter=lambda info: None if "__pycache__" in info.name else info)
    data.seek(0)
    return data


@task
def deploy(c, version, source, state, port, python="python3"):
    """Installs <source> as release <version> under <state> and restarts it on <port>."""
    release = f"{state}/releases/{version}"
    q = shlex.quote
    c.run(f"mkdir -p {q(release)}")
    remote_archive = f"{state}/releases/.upload-{version}.tar.gz"
    c.put(_archive(source), remote=remote_archive)
    c.run(f"tar -xzf {q(remote_archive)} -C {q(release)} && rm -f {q(remote_archive)}")
    c.run(f"sh {q(release)}/ops/service.sh {q(state)} {q(version)} {q(str(port))} {q(python)}")
    c.run(f"{q(python)} -c \"import json,sys,urllib.request as u;"
          f"print('/health:', u.urlopen('http://127.0.0.1:{int(port)}/health', timeout=5)"
          f".read().decode().strip())\"")
