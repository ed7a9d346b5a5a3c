"""Categories read after the thirty-eighth held-out corpus (issue 12, part 38).

- Found: a name/value pair whose value key has a prefix (``setting_key`` / ``setting_value``); an
  assignment inside Jira's ``{noformat}`` or ``{code}`` markup; ``mkpasswd -m sha-512 <pw>``; ``doveadm pw
  -p``; ``ftp> user <name> <pw>``; coturn's ``user=name:pw``.
- Kept: a password's stored hash (a shadow line, an htpasswd line): no credential, and no public scanner
  nor any independent corpus counts one (``/etc/shadow`` itself stays a protected path); a Helm chart's
  ``existingSecret`` (the name of a Kubernetes Secret); a stand-in in angle brackets with a word and a
  number (``<set-in-vault-lcw0>``).

Random values are made up here. No corpus is read."""
from __future__ import annotations

import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text

RNG = random.Random(2026_38)
rand = partial(random_text, RNG)
CRYPT = string.ascii_letters + string.digits + "./"


@pytest.mark.parametrize("template", [
    '# test/fixtures/integrations.yml\nmain_account:\n  provider: internal\n  setting_key: JWT_SECRET\n  setting_value: "{v}"\n',
    "h3. Steps to reproduce\n# deploy build 812\n# set {{noformat}}SMTP_PASSWORD={v}{{noformat}}\n# call /health\n",
    "$ mkpasswd -m sha-512 {v}\n",
    "$ doveadm pw -s SHA512-CRYPT -p {v}\n",
    "ftp> user deploy {v}\n230 Login successful.\n",
    "# turnserver.conf\nlt-cred-mech\nuser=webrtc:{v}\nrealm=turn.corp.example\n",
])
def test_a_secret_by_its_place_is_found(template):
    value = made_password(RNG) + rand(B62, 4)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "deploy:$6$" + rand(CRYPT, 16) + "$" + rand(CRYPT, 86) + ":19324:0:99999:7:::\n",
    "admin:$apr1$" + rand(CRYPT, 8) + "$" + rand(CRYPT, 22) + "\n",
    "auth:\n  existingSecret: pg-credentials-7uzs0\n  secretKeys:\n    adminPasswordKey: postgres-password\n",
    '# group_vars/prod.yml\ndb_user: app\napi_token: "<set-in-vault-lcw0>"\n',
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)
