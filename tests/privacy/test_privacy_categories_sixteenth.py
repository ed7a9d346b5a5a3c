"""Categories read after the sixteenth held-out corpus (issue 12, part 16, and read further in part 17).

- Passwords as commands and daemons take them by position: tinyproxy's ``BasicAuth user pw``, NUT's
  ``MONITOR ups@host 1 user pw primary``, ``etcdctl user add user:pw``, PocketBase's ``superuser
  upsert email pw``, SAP HANA's ``hdbuserstore SET key host user pw``, Storj's ``uplink access import
  name <grant>``, and IOS's reversible ``password 7`` (and plain ``password 0``) of a user or enable.
- Self-identifying formats: NATS nkey seeds, Litecoin's extended private keys, Avalanche's
  ``PrivateKey-``, Cardano's bech32 signing keys, Statsig server secrets, iron-sealed (hapi, Kibana)
  session cookies, Login with Amazon tokens, Webex incoming webhooks, Pipedream endpoints.
- Not secrets: a host and port given to a key-named setting, a VAPID public key, a stand-in that
  says ``replace-with-…``, and published documentation values (RFC 7519's example JWT, the
  Kubernetes bootstrap-token docs' token, the Supabase CLI's local demo secret and keys).

Every value is made up here (random, in the format's shape), except the published values, which are
public by design; no corpus is read by the tests."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import gone, kept, shared_engine

RNG = random.Random(1616_16)
B62 = string.ascii_letters + string.digits
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def rand(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


PW = "Quokka-" + rand(string.digits, 4) + "Fen"


@pytest.mark.parametrize("template", [
    "Port 8888\nBasicAuth proxyuser {v}\nAllow 10.0.0.0/8\n",
    "# /etc/nut/upsmon.conf\nMONITOR rack-ups@localhost 1 upsmon {v} primary\n",
    "ETCDCTL_API=3 etcdctl --endpoints=https://10.0.0.4:2379 user add backup:{v}\n",
    "$ ./pocketbase superuser upsert ops@example.org {v}\n",
    "sudo -u hdbadm hdbuserstore SET BACKUPKEY db-4.example.org:30015 BACKUP_OPERATOR {v}\n",
    "!\nusername netops privilege 15 password 0 {v}\n!\n",
])
def test_passwords_taken_by_position(template):
    gone(template.format(v=PW), PW)


def test_an_ios_type_7_password_and_a_storj_grant():
    type7 = rand(string.digits, 2) + rand("0123456789ABCDEF", 34)
    gone(f"!\nusername netops privilege 15 password 7 {type7}\n!\nenable password 7 {type7[:20]}\n", type7, type7[:20])
    grant = "1" + rand(B58, 180)
    gone(f"$ uplink access import main {grant}\nImported access \"main\"\n", grant)


@pytest.mark.parametrize("value", [
    "SUA" + rand(B32, 55),                                         # NATS user seed
    "SAA" + rand(B32, 55),                                         # ... an account's
    "Ltpv" + rand(B58, 107),                                       # Litecoin BIP32 private key
    "PrivateKey-" + rand(B58, 50),                                 # Avalanche (CB58)
    "ed25519_sk1" + rand(BECH32, 58),                              # Cardano signing key (bech32)
    "secret-" + rand(B62, 43),                                     # Statsig server secret
    "Fe26.2**" + rand("0123456789abcdef", 64) + "*" + rand(B62 + "-_", 22) + "*" + rand(B62 + "-_", 64)
    + "**" + rand("0123456789abcdef", 64) + "*" + rand(B62 + "-_", 43),   # iron-sealed session
    "Atza|" + rand(B62 + "-_", 120),                               # Login with Amazon access token
])
def test_self_identifying_formats(value):
    gone(f"value: {value}\n", value)


def test_capability_urls():
    webex = rand(B62, 80)
    gone(f"curl -X POST https://webexapis.com/v1/webhooks/incoming/{webex} -d '{{\"text\":\"hi\"}}'", webex)
    endpoint = "eo" + rand(string.ascii_lowercase + string.digits, 16)
    gone(f"POST https://{endpoint}.m.pipedream.net", endpoint)


@pytest.mark.parametrize("text", [
    "const applicationServerKey = '" + "B" + rand(B62 + "-_", 86) + "'; // VAPID public key",
    "SESSION_SECRET=replace-with-64-random-chars\n",
    "def parse_auth(url: str) -> tuple[str, httpx.BasicAuth | None]:\n",    # a type, not tinyproxy's line
    # RFC 7519 §3.1
    "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxl"
    "LmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    "users:\n- name: kubelet-bootstrap\n  user:\n    token: 07401b.f395accd246ae52d\n",
    "      JWT secret: super-secret-jwt-token-with-at-least-32-characters-long\n",
])
def test_not_secrets(text):
    kept(text)


def test_a_host_and_port_given_to_a_key_named_setting_is_not_its_secret():
    out = gone(f"hdbuserstore SET BACKUPKEY db-4.example.org:30015 BACKUP_OPERATOR {PW}\n", PW)
    assert "db-4.example.org:30015" in out


def test_a_real_vapid_private_key_is_still_one():
    private = base64.urlsafe_b64encode(RNG.randbytes(32)).decode().rstrip("=")
    gone(f"VAPID_PRIVATE_KEY={private}\n", private)


TOKEN = "glpat-" + rand(B62, 20)


def _monospace(text: str) -> str:
    """Mathematical monospace letters and digits (NFKC folds them back)."""
    def one(c: str) -> str:
        if c.isupper():
            return chr(0x1D670 + ord(c) - ord("A"))
        if c.islower():
            return chr(0x1D68A + ord(c) - ord("a"))
        if c.isdigit():
            return chr(0x1D7F6 + ord(c) - ord("0"))
        return c
    return "".join(map(one, text))


def _raw_deflate_b64(text: str) -> str:
    import zlib
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(c.compress(text.encode()) + c.flush()).decode()


def _pieces(text: str, n: int) -> list[str]:
    return [text[i:i + n] for i in range(0, len(text), n)]


@pytest.mark.parametrize("before, encode, after", [
    ("<?php $c = gzinflate(base64_decode('", _raw_deflate_b64, "')); define('TOKEN', $c); ?>"),
    ('const k = "', lambda t: "".join(f"\\u{{{ord(c):x}}}" for c in t), '";'),
    ("GetKey = ", lambda t: " & ".join(f"ChrW({ord(c)})" for c in t), "\n"),
    ("<token>", lambda t: "".join(f"<![CDATA[{p}]]>" for p in _pieces(t, 6)), "</token>"),
    ("const t = [", lambda t: ", ".join(f'"{p}"' for p in _pieces(t, 4)[::-1]), '].reverse().join("");'),
    ('const t = "', lambda t: "|".join(_pieces(t, 5)[::-1]), '".split("|").reverse().join("");'),
    ("TOKEN\n       ", lambda t: "".join(f"{RNG.choice(string.ascii_lowercase)}\b{c}" for c in t), "\n"),
    ("Rosa: `", _monospace, "` (copy it out)"),
], ids=["raw-deflate", "es6-escapes", "vba-chrw", "cdata-pieces", "reverse-join", "split-reverse-join",
        "overstrike", "math-monospace"])
def test_more_ways_to_hide_a_token(before, encode, after):
    encoded = encode(TOKEN)
    text = before + encoded + after
    middle = len(before) + len(encoded) // 2
    found = [f for f in shared_engine().scan(text) if f.label == "secret" and f.start <= middle < f.end]
    assert found, text


def test_a_posthog_personal_api_key():
    key = "phx_" + rand(B62, 43)
    gone(f"POSTHOG_PERSONAL_API_KEY={key}\n", key)


@pytest.mark.parametrize("text, value", [
    ("Bai, ang password sa POS sa tindahan kay {v} ha, ayaw ipakalat", "topaz-harbor-fern" + rand(string.digits, 2)),
    ("[18:22] Amani: mot de passe du NAS au bureau, c'est {v} , ne le partage pas", "Umber" + rand(string.digits, 4) + "Kite"),
    ("Oi! senha do servidor novo fica {v} (não espalha)", rand(B62, 18)),
    # a network's password written with symbols
    ('Molo! Igama le-Wi-Fi yasekhaya ngu {v}"', "ZincLunar%" + rand(string.digits, 4)),
    ("Hey! Loyniorðið til Wi-Fi er {v}", rand(B62, 6) + "+" + rand(B62, 6) + "~" + rand(B62, 4)),
])
def test_a_password_after_its_word_in_a_message(text, value):
    gone(text.format(v=value), value)


@pytest.mark.parametrize("text", [
    "the password field in UserForm2 is validated on submit",
    "password hashing uses PBKDF2WithHmacSHA256 and Sha256Digest",
    "password for user Admin2024x was reset by the helpdesk",
    "Password must be at least 12 characters; see RFC 8018 section 5.2",
    "passwd(1) in coreutils-9.4.tar.xz changes the password",
    "    def _has_static_credential(request: httpx2.Request) -> bool:",
    "def check_password(self, request: httpx2.Request, user: models.User2) -> bool:",
])
def test_names_near_the_word_password_are_not_passwords(text):
    kept(text)


def test_a_yaml_key_named_only_key_with_a_random_value():
    hexkey, b62key = rand("0123456789abcdef", 32), rand(B62, 32)
    gone(f"widget:\n  type: tautulli\n  url: http://10.0.0.5:8181\n  key: {hexkey}\n", hexkey)
    gone(f"api:\n  key: {b62key}\nserver:\n  firstRun: false\n", b62key)


@pytest.mark.parametrize("text", [
    "tolerations:\n- key: node-role.kubernetes.io/control-plane\n  operator: Exists\n",
    "  key: ${{ runner.os }}-pip-${{ hashFiles('**/requirements.txt') }}\n",
    '{"key": "' + rand("0123456789abcdef", 32) + '", "value": 3}',      # JSON: "key" names the pair's other field
    "  key: welcome_banner_title_text_long\n",
])
def test_what_a_bare_key_names_otherwise(text):
    kept(text)


def test_the_network_name_between_the_word_and_the_password_is_not_taken():
    value = "maple_oasis*" + rand(string.digits, 4)
    out = gone(f"[21:14] kerli: O contrasinal da wifi Vodafone-4F2A é {value}\n", value)
    assert "Vodafone-4F2A" in out


# --- read further: a vendor's key by the call that takes it, or its header scheme -----------------

@pytest.mark.parametrize("template", [
    'dashboard = meraki.DashboardAPI("{v}", suppress_logging=True)\n',
    'trading = TradingClient("AK{i}", "{v}", paper=False)\n',
    'client = RESTClient("{v}")\naggs = client.get_aggs("AAPL", 1, "day", "2025-08-02", "2025-08-02")\n',
    "<?php\n$client = new \\MessageBird\\Client('{v}');\n",
    'Rails.application.configure do\n  config.logger = Logtail::Logger.create_default_logger("{v}")\nend\n',
    'curl -X POST "https://kapi.example.com/v2/push/send" -H "Authorization: KakaoAK {v}"\n',
    "Authorization: DeepL-Auth-Key {v}\n",
    'api_id = 846703\napi_hash = "{v}"\nclient = TelegramClient("archiver", api_id, api_hash)\n',
])
def test_a_key_given_to_an_sdk_by_position_or_under_its_own_scheme(template):
    value = rand("0123456789abcdef", 32) if "{i}" not in template else rand(B62, 40)
    gone(template.format(v=value, i=rand("0123456789abcdef", 18)), value)


@pytest.mark.parametrize("text", [
    'log = logging.getLogger("myproject.submodule.handlers")\n',
    'client = Client("https://example.com/api/v1/endpoint")\n',
    'db = MongoClient("mongodb://localhost:27017/")\n',
    'app = FastAPI(title="inventory-service-backend")\n',
    'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n',
    # browser SDKs are initialised with their public key
    "mixpanel.init('" + rand("0123456789abcdef", 32) + "');\n",
    "const ldClient = LDClient.initialize('" + rand("0123456789abcdef", 24) + "', context);\n",
    "await Statsig.initialize('client-" + rand(B62, 43) + "');\n",
    "Authorization: Bearer ${GITHUB_TOKEN}\n",
])
def test_what_an_sdk_call_takes_otherwise_is_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    'PS> $h = @{{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":{v}")) }}\n',
    'String enc = Base64.getEncoder().encodeToString("admin:{v}".getBytes());\n',
    "const auth = btoa('deploy:{v}');\n",
    "curl --user :{v} https://mainnet.example.io/v3/" + rand("0123456789abcdef", 32) + "\n",
    "export GOVC_URL='https://administrator@vsphere.local:{v}@vcsa.example.org/sdk'\n",
    'mvn -B release:perform -Darguments="-Dgpg.passphrase={v} -DskipTests"\n',
    "$ nomad acl bootstrap\nAccessor ID  = " + rand("0123456789abcdef", 8) + "-1ade-4e38-ad6f-7acd5665f25b\n"
    "Secret ID    = {v}\nType         = management\n",
])
def test_passwords_and_keys_by_the_syntax_that_takes_them(template):
    value = rand(B62, 12) + "-" + rand(string.digits, 4) if "nomad" not in template else \
        f"{rand('0123456789abcdef', 8)}-939b-43ce-8c16-{rand('0123456789abcdef', 12)}"
    gone(template.format(v=value), value)


@pytest.mark.parametrize("make", [
    lambda: ("deploying with AKIA52Z7COWB2PJAZCSF / {v}\n", rand(B62, 30) + "/" + rand(B62, 9)),
    lambda: ("avnadmin {v}\n", "AVNS_" + rand(B62, 19)),
    lambda: ("$ cat /data/example.org.signing.key\ned25519 a_1a41b21 {v}\n", rand(B62, 43)),
    lambda: ('"keyData": {{"typeUrl": "type.googleapis.com/google.crypto.tink.AesGcmKey", "value": "{v}",',
             rand(B62, 46) + "=="),
    lambda: ("receivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: {v}\n        severity: critical\n",
             rand("0123456789abcdef", 32)),
    lambda: ("<response status = 'success'><result><key>{v}</key></result></response>", rand(B62, 78) + "=="),
    lambda: ("env:\n  global:\n    - CC_TEST_REPORTER_ID={v}\n", rand("0123456789abcdef", 64)),
    lambda: ("  41  b2 account authorize 0057e70e3af7542b6b60000000003 {v}\n", "K005" + rand(B62, 27)),
])
def test_keys_the_file_or_vendor_format_names(make):
    template, value = make()
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "<key>NSAppTransportSecurityAllowsArbitraryLoads</key>\n<key>CFBundleVersion2Identifier</key>\n",
    "rabbit:\n  routing_key: 522e58feccfc90b006c066c3831f116f\n",
    "const auth = btoa(user + ':' + password);\n",
    "ssh://git@github.com:org/repo@v1\n",
])
def test_what_those_syntaxes_hold_otherwise(text):
    kept(text)
