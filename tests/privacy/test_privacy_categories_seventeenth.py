"""False positives read after the seventeenth held-out corpus (issue 12, part 17): values that look
like credentials but are public or ciphertext.

- A SealedSecret's ``encryptedData`` (ciphertext starting ``Ag``), even without its kind in the text.
- What a browser SDK's set-up call takes (Paddle's client-side token, LaunchDarkly's client-side id
  and its context's key), Supabase's publishable key given to ``createClient``.
- A Solana token account (an address), Tailscale's ``nodekey:`` (a public key).
- Published documentation values: RFC 5849's OAuth 1 credentials, Twitter's and Slack's signature
  docs' secrets, GitHub's webhook test secret, MDN's Basic example, the pgAdmin image's password.

Every random value is made up here; the published ones are public by design. No corpus is read."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import gone, kept

RNG = random.Random(1717_17)
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
HEX = "0123456789abcdef"


def rand(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


@pytest.mark.parametrize("text", [
    "spec:\n  encryptedData:\n    API_KEY: Ag" + base64.b64encode(RNG.randbytes(160)).decode() + "\n",
    "Paddle.Initialize({\n  token: 'live_" + rand(HEX, 36) + "',  // client-side token\n});\n",
    "const ldClient = LDClient.initialize('" + rand(HEX, 24) + "', { kind: 'user', key: '"
    + f"{rand(HEX, 8)}-{rand(HEX, 4)}-4155-8fea-{rand(HEX, 12)}" + "' });\n",
    "const supabase = createClient('https://" + rand(HEX, 20) + ".supabase.co', 'sb_publishable_"
    + rand(string.ascii_letters, 22) + "_" + rand(HEX, 8) + "')\n",
    "Wallet: " + rand(B58, 44) + "\nToken account: " + rand(B58, 44) + "\n",
    '{"Self": {"ID": "nX86NTIHGZ8CNTRL", "PublicKey": "nodekey:' + rand(HEX, 64) + '", "OS": "linux"}}\n',
    "RFC 5849 1.2 example: client credentials dpf43f3p2l4k3l03 / kd94hf93k423kf44\n",
    'CONSUMER_SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"\n',
    'const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5";\n',
    '# GitHub docs test vector for X-Hub-Signature-256\nSECRET = "It\'s a Secret to Everybody"\n',
    "MDN example: Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l\n",
    "docker run -e PGADMIN_DEFAULT_EMAIL=user@domain.com -e PGADMIN_DEFAULT_PASSWORD=SuperSecret dpage/pgadmin4\n",
])
def test_public_values_and_ciphertext_are_kept(text):
    kept(text)


def test_a_server_sdk_key_and_a_sealed_looking_value_elsewhere_are_still_found():
    key = rand(string.ascii_letters + string.digits, 40)
    gone(f'client = RESTClient("{key}")\n', key)
    value = "Ag" + rand(string.ascii_letters + string.digits, 40)
    gone(f"API_KEY={value}\n", value)       # not under encryptedData: a value like any other


# --- found: a header a client sets in code, daemons' passwords by place, more commands --------------

@pytest.mark.parametrize("template", [
    'request.setValue("{v}", forHTTPHeaderField: "X-AIO-Key")\n',
    'HttpRequest r = HttpRequest.newBuilder()\n        .header("X-Gotify-Key", "{v}")\n        .GET()\n',
    '_http.DefaultRequestHeaders.Add("Authorization", "App {v}");\n',
    '"headers": [["Authorization", "Bearer {v}"], ["Accept", "application/json"]],\n',
    '1690101173.101233 [0 10.0.0.8:53110] "HELLO" "3" "AUTH" "default" "{v}" "SETNAME" "worker"\n',
    'type=EXECVE msg=audit(1707363665.613:4412): argc=6 a0="mysqldump" a1="-h" a2="db" a3="-ubackup" a4="-p{v}"\n',
    "snmp-server user librenms MONGRP v3 auth sha {v} priv aes 128 " + rand(HEX, 14) + "\n",
    "snmp-server user librenms MONGRP v3 auth sha " + rand(HEX, 14) + " priv aes 128 {v}\n",
    "radius server NPS01\n address ipv4 10.0.0.5 auth-port 1812 acct-port 1813\n key {v}\n!\n",
    '# /etc/ppp/chap-secrets\n# client  server  secret  IP addresses\nviktor  *  "{v}"  *\n',
    "# /etc/davfs2/secrets\nhttps://cloud.example.org/remote.php/dav/files/nikhil/ nikhil {v}\n",
    "[root@esx01:~] esxcli system account set -i svc-backup -p {v} -c {v}\n",
    "$ ipmitool -I lanplus -H 10.0.0.9 -U ADMIN -P " + rand(HEX, 12) + " user set password 3 {v}\n",
    '/opt/vertica/bin/vsql -h etl-01 -U dbadmin -w {v} -c "SELECT 1;"\n',
    "$ isql -v PRODDSN etl {v}\n",
    "bin/elasticsearch-users useradd logstash_writer -p {v} -r logstash_writer_role\n",
    "echo {v} | sudo anydesk --set-password\n",
    "echo {v} | ftpasswd --passwd --file=/etc/proftpd/ftpd.passwd --name=bob --uid=2001 --stdin\n",
    "(echo {v}; echo {v}) | pure-pw useradd partner -u ftpuser -d /srv/ftp/partner\n",
    'my $dbh = DBI->connect($dsn, "admin_ro", "{v}", {{ RaiseError => 1 }});\n',
    "<sharedKey>\n  <keyType>passPhrase</keyType>\n  <protected>false</protected>\n  <keyMaterial>{v}</keyMaterial>\n",
    # read after the first run, the next stop
    "opts = weboptions('HeaderFields', {{'Authorization', ['Bearer ' '{v}']}}, 'Timeout', 30);\n",
    'fetch(url, {{ headers: {{ Authorization: "Bearer " + "{v}" }} }});\n',
    'VALID_USERNAME_PASSWORD_PAIRS = {{\n    "rosa_zhou": "{v}",\n}}\nauth = dash_auth.BasicAuth(app, VALID_USERNAME_PASSWORD_PAIRS)\n',
    "(aruba-mc) (config) #mgmt-user netadmin root {v}\n",
    "Ciao, la password del server 10.78.255.64 l’è Granite-{v}, utent deploy.\n",
])
def test_credentials_by_the_place_a_tool_gives_them(template):
    """(Also read later: the scheme and the token as two joined literals, a map of users to their
    passwords, ArubaOS's mgmt-user, a server's address between the word and the password.)"""
    value = rand(string.ascii_letters + string.digits, 14) + "_" + rand(string.digits, 3)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    'cache.set(("cache_key", "' + rand(string.ascii_letters, 20) + '"))\n',
    'request.setValue("application/json", forHTTPHeaderField: "Content-Type")\n',
    '.header("X-Request-Id", "' + rand(HEX, 32) + '")\n',
    "<protected>true</protected>\n<keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB0100000" + rand(HEX.upper(), 60)
    + "</keyMaterial>\n",
    'AWS_SIGNING_HEADERS = ("authorization", "x-amz-content-sha256", "x-amz-date", "x-amz-security-token")\n',
    '$headers = @{ Authorization = "Bearer $env:GRAPH_TOKEN" }\n',
    'headers = {"Authorization": "Bearer " + token}\n',
    'PASSWORD_HASHERS = {"default": "django.contrib.auth.hashers.PBKDF2PasswordHasher"}\n',
    "the password for 10.0.0.1 is in the vault, ask ops\n",
])
def test_headers_and_pairs_that_carry_no_credential(text):
    kept(text)


def test_a_vendor_scheme_token_with_a_dollar_is_found():
    token = rand(string.digits, 5) + "$" + rand(HEX, 128)
    gone('resp <- request("https://api.example.net/v1/status") |>\n'
         f'  req_headers(`Authorization` = "APIKey {token}") |>\n  req_perform()\n', token[6:])
