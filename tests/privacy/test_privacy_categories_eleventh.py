"""Categories read after the tenth and eleventh held-out corpora (issue 12, part 11).

- Evasions: a literal that a command or call decodes where it stands, with no name near it (``echo
  … | base64 -d``, ``base32 -d <<<``, ``rev <<< '…'``, ``xxd -r -p``, SQL ``decode('…', 'base64')``,
  a template's ``| b64decode``, ``atob('…')``, ``unescape('%u…')``, base58 and uu calls, ``printf
  '\\117…'``, list joins): what it hides was hidden on purpose, and is read as a secret's value — the
  generic value rules still decide, so a word, a path or a sentence is not one; ``%u`` escapes,
  struck-through (combining overlay) text, ascii85 ``<~…~>`` and bytes written as bits.
- Vendor formats with a published prefix (Cartesia, Checkout.com, Polar, RunPod, Midtrans, Apify,
  E2B, Trigger.dev, Telnyx, Xata, Portainer, OpenShift, Lichess, LlamaCloud, Checkly, JFrog
  reference tokens, Storj grants, Sourcegraph), wallet and disk keys (nsec, xprv, BitLocker recovery
  passwords, a Solana keypair's bytes), PEM blocks of any kind of private key, OpenVPN static keys.
- Commands: a secret piped into a secret store, a password tool's output (``op read``, ``bw get``,
  ``terraform output -raw``, ``argocd admin initial-password``), passwords as arguments (Huawei and
  H3C consoles, networksetup, adb, syncthing, docker-mailserver, keychains, Neo4j, SQLCipher, HTTPie),
  Go ``-ldflags -X``, Swagger's preauthorize, cookies.txt session lines, Makefile ``export K := v``,
  Caddy/fluent-bit headers, a secret-named path given as ``key:`` with its ``value:``.
- After the twelfth: Together, Socket, Cal.com, Riot, OneSignal, Chromatic, JetBrains, k3s and
  QuickNode formats; a secret's name in a language's or a tool's own form (a Lisp pair, clap and
  click defaults, meson options, Spring defaults, Erlang tuples, Odin constants, dune env stanzas,
  lxc environment keys, ``??=``, kakoune options, a CSV row that names the variable, a name line and
  its value line); GRUB, Cisco OSPF/HSRP, Synology, FileBrowser, unzip, qpdf and FreeIPA passwords,
  rsync/stunnel/radicale secrets files, Erlang cookies, a password piped into sshfs.
- "password" in Welsh, Azerbaijani, Kazakh, Georgian, Armenian, Telugu, Icelandic, Afrikaans,
  Estonian, Latvian, Basque, Galician, Slovenian, Serbian and Mongolian.

Every value is made up here (random, in the format's shape); no corpus is read by the tests."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import gone, kept

RNG = random.Random(1111)
B62 = string.ascii_letters + string.digits


def rand(n: int, alphabet: str = B62) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


PW = "Qv4" + rand(8) + "#" + rand(3)
TOKEN = rand(30) + "7" + rand(5)
b64 = lambda v: base64.b64encode(v.encode()).decode()          # noqa: E731
b32 = lambda v: base64.b32encode(v.encode()).decode()          # noqa: E731
hexed = lambda v: v.encode().hex()                             # noqa: E731


@pytest.mark.parametrize("template, encode", [
    ("$ echo {v} | base64 -d\n", b64), ("$ echo '{v}' | base32 --decode\n", b32),
    ("printf %s {v} | openssl base64 -d", b64), ("base64 -d <<< {v}", b64),
    ("$ echo -n {v} | xxd -r -p\n", hexed), ("$ rev <<< '{v}'\n", lambda v: v[::-1]),
    ("echo \"{v}\" | rev", lambda v: v[::-1]),
    ("SELECT convert_from(decode('{v}', 'base64'), 'UTF8');", b64), ("SELECT FROM_BASE64('{v}');", b64),
    ("login: \"{{{{ '{v}' | b64decode }}}}\"", b64), ("fetch(url, {{headers: {{'X-Auth': atob('{v}')}}}})", b64),
])
def test_a_literal_decoded_where_it_stands_needs_no_name(template, encode):
    hidden = encode(PW)
    gone(template.format(v=hidden), hidden)


@pytest.mark.parametrize("text", [
    f"echo {b64('hello world')} | base64 -d", f"echo {b64('/usr/local/bin')} | base64 --decode",
    f"echo {b64('my-config-name')} | base64 -d", "rev <<< 'hello there'", "data = b.decode('utf-8')",
    "kubectl get secret db -o jsonpath='{.data.password}' | base64 -d",
    f"SELECT decode('{hexed('release notes')}', 'hex');",
])
def test_decoded_but_not_a_secret(text):
    kept(text)


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
HEX = "0123456789abcdef"


@pytest.mark.parametrize("template, encode", [
    ("<% pw = Unescape(\"{v}\") %>", lambda v: "".join(f"%u{ord(c):04X}" for c in v)),
    ("printf '%s' \"$(printf '{v}')\"", lambda v: "".join(f"\\{ord(c):03o}" for c in v)),
    ("const dbPassword = [{v}].join('');", lambda v: ", ".join(f'"{v[i:i + 4]}"' for i in range(0, len(v), 4))),
    ("db_password = \"\".join([{v}])", lambda v: ", ".join(f"'{v[i:i + 3]}'" for i in range(0, len(v), 3))),
    ("note: <~{v}~>", lambda v: base64.a85encode(("password=" + v).encode()).decode()),
    ("[22:10] ops: {v}", lambda v: " ".join(f"{b:08b}" for b in ("password: " + v).encode())),
    ("api_password: {v}", lambda v: "".join(c + "\u0336" for c in v)),
    # found by hypothesis: the cleaned view took "K</client_secret>." for a tag inside a token
    ("keys config <client_secret>{v}</client_secret>.",
     lambda v: "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in v)),
])
def test_encoded_forms(template, encode):
    hidden = encode(PW)
    gone(template.format(v=hidden), hidden)


@pytest.mark.parametrize("value, template", [
    ("sk_car_" + rand(22), "new key: {v}"), ("sk_sbox_" + rand(27, string.ascii_lowercase + string.digits), "{v}"),
    ("polar_oat_" + rand(43), "token `{v}`"), ("rpa_" + rand(20, string.ascii_uppercase) + "7" + rand(20, string.digits),
                                               "{v}"),
    ("Mid-server-" + rand(24), "key {v}"), ("apify_api_" + rand(36), "{v}"), ("e2b_" + rand(40, HEX), "{v}"),
    ("tr_prod_" + rand(18) + "42", "{v}"), ("KEY" + rand(32, HEX.upper()) + "_" + rand(22), "{v}"),
    ("xau_" + rand(36), "{v}"), ("ptr_" + rand(20) + "9" + rand(20), "{v}"), ("sha256~" + rand(43), "{v}"),
    ("lip_" + rand(14) + "12", "{v}"), ("llx-" + rand(48), "{v}"), ("cu_" + rand(30, HEX) + "12", "{v}"),
    ("cmVmdGtuOjAxOj" + rand(50), "{v}"), ("1" + rand(150, B58), "storj_access={v}"),
    ("sgp_" + rand(16, HEX) + "_" + rand(40, HEX), "{v}"), ("nsec1" + rand(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), "{v}"),
    ("xprv9" + rand(106, B58), "{v}"), ("-".join(f"{RNG.randrange(65536) * 11:06d}" for _ in range(8)), "Recovery Key: {v}"),
    ("[" + ",".join(str(RNG.randrange(256)) for _ in range(64)) + "]", "$ cat ~/.config/solana/id.json\n{v}\n"),
    ("-----BEGIN NEBULA X25519 PRIVATE KEY-----\n" + rand(43) + "=\n-----END NEBULA X25519 PRIVATE KEY-----", "{v}"),
    ("-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(rand(32, HEX) for _ in range(4))
     + "\n-----END OpenVPN Static key V1-----", "<tls-crypt>\n{v}\n</tls-crypt>"),
])
def test_formats_with_a_published_shape(value, template):
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "$ echo -n '{v}' | gcloud secrets versions add db --data-file=-", "printf '%s' '{v}' | podman secret create db -",
    "$ op read \"op://Infra/db/password\"\n{v}\n", "$ bw get password 'router'\n{v}$ \n",
    "$ terraform output -raw redis_auth_token\n{v}%\n", "$ argocd admin initial-password -n argocd\n{v}\n\n",
    "[HUAWEI-aaa] local-user ops password irreversible-cipher {v}", "[H3C-luser-manage-admin] password simple {v}",
    "syncthing cli config gui password set {v}", "networksetup -setairportnetwork en0 \"Cafe Gast\" {v}",
    "adb shell cmd wifi connect-network \"Lab\" wpa2 {v}", "docker exec -ti mailserver setup email add a@b.example {v}",
    "security unlock-keychain -p '{v}' build.keychain-db", "ALTER CURRENT USER SET PASSWORD FROM 'old' TO '{v}';",
    "PRAGMA key = '{v}';", "xh -A bearer -a '{v}' POST api.example.org/v1/jobs",
    "#0 Connector.php(65): PDO->__construct('mysql:host=db', 'shop', '{v}', Array)",
    "Enter a value.\npassword> {v}\n", 'type=EXECVE argc=4 a0="/usr/bin/tool" a1="push" a2="--token" a3="{v}"',
    'args = ["--password", "{v}"]', "aws ssm put-parameter --name /app/prod/db_password --value '{v}'",
    'go build -ldflags "-X github.com/acme/app/cfg.apiKey={v}"', "ui.preauthorizeApiKey('ApiKeyAuth', '{v}');",
    "#HttpOnly_shop.example.org\tFALSE\t/\tTRUE\t0\t_shop_session\t{v}x{v}",
    "export RECAPTCHA_SECRET_KEY := {v}\n", "\theader_up X-Api-Key {v}\n", "    Header      X-Api-Key {v}\n",
    "- key: /app/webflow_api_token\n  value: \"{v}\"\n", "helm registry login r.example.org --username ci --password {v}",
])
def test_commands_and_files_that_hold_a_secret(template):
    gone(template.format(v=PW), PW)


@pytest.mark.parametrize("sentence", [
    "Cyfrinair y WiFi Swyddfa yw {v}", "serverə admin kimi daxil ol, şifrə: {v}", "Lab WiFi құпия сөзі: {v}",
    "WiFi Lab-ის პაროლია {v}", "Lab WiFi-ի գաղտնաբառը՝ {v}", "పాస్\u200cవర్డ్: {v}", "Lykilorðið á WiFi Lab er {v}",
    "Die WiFi-wagwoord vir Kantoor is {v}", "WiFi Casa parool on {v}", "Serverisse logid sisse, parool: {v}",
    "WiFi Office parole ir {v}", "Serverī pieslēdzies, parole: {v}", "wifiaren pasahitza: {v}",
    "O contrasinal da wifi é {v}", "Geslo za WiFi je {v}", "Лозинка за WiFi је {v}", "WiFi-н нууц үг: {v}",
])
def test_password_in_more_languages(sentence):
    gone(sentence.format(v=PW), PW)


@pytest.mark.parametrize("text", [
    'print(["hello", "world"])', 'names = ["alice", "bob"].join(", ")', "ptr_to_the_first_free_block_in_the_table = 0",
    "The parole board meets on Tuesday.", "phone 123456-234567-345678-456789-567890-678901-789012-890123",
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----",
    "$ terraform output -raw vpc_id\nvpc-0a1b2c3d4e5f\n", 'args = ["--password-file", "/etc/app/pw"]',
    "go build -ldflags \"-X main.version={{.Version}}\"", "keyboard_shortcut_key = ctrl+shift+k",
])
def test_eleventh_lookalikes_not_flagged(text):
    kept(text)


@pytest.mark.parametrize("value, template", [
    ("tgp_v1_" + rand(43), "{v}"), ("sktsec_" + rand(44), "key: {v}"), ("cal_live_" + rand(32, HEX), "{v}"),
    ("RGAPI-" + "-".join(rand(n, HEX) for n in (8, 4, 4, 4, 12)), "{v}"), ("os_v2_app_" + rand(113, string.ascii_lowercase), "{v}"),
    ("chpt_" + rand(15, HEX), "{v}"), ("perm:" + rand(20) + "." + rand(4) + "." + rand(30), "{v}"),
    ("K10" + rand(64, HEX) + "::server:" + rand(32, HEX), "{v}"), (rand(40, HEX), "RPC=https://a-b-c.quiknode.pro/{v}/"),
])
def test_twelfth_formats(value, template):
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    '("API_SECRET_KEY" . "{v}")', '#[arg(long, env = "API_TOKEN", default_value = "{v}")]',
    '@click.option("--vendor_api_key", default="{v}")', "option('ingest_key', type : 'string', value : '{v}')",
    '@Value("${{acme.api_token:{v}}}")', '[{{api, [{{vendor_api_secret, "{v}"}}]}}].', 'API_TOKEN :: "{v}"',
    "(env-vars (VENDOR_API_TOKEN {v}))", "lxc config set w environment.CLIENT_SECRET {v}",
    "process.env.PRIVATE_KEY ??= '{v}';", "set-option global project_token {v}",
    "Service,Variable,Value\nsync,APP_SECRET_KEY,{v}\n", "Notes\n\nVENDOR_PRIVATE_KEY\n{v}\n",
])
def test_a_secret_name_in_a_form_of_its_own(template):
    value = TOKEN
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'set superusers="root"\npassword root {v}\nmenuentry "Rescue" --users root', " ip ospf message-digest-key 1 md5 {v}",
    " standby 10 authentication md5 key-string {v}", "sudo synouser --setpw etl {v}", "filebrowser users add ops '{v}'",
    "unzip -P '{v}' payroll.zip", "qpdf --encrypt {v} other-{v} 256 -- a.pdf b.pdf", "ipa-server-install -U -a {v}",
    "# /etc/rsyncd.secrets\nsvc:{v}\n", "$ sudo cat /var/lib/rabbitmq/.erlang.cookie\n{v}\n",
    "echo '{v}' | sshfs backup@nas:/vol /mnt -o password_stdin", 'autosendcmd = "/msg nickserv identify {v}; wait 2000";',
])
def test_tool_files_and_commands(template):
    gone(template.format(v=PW), PW)


@pytest.mark.parametrize("text", [
    "password requisite pam_pwquality.so retry=3 minlen=14", "password sufficient pam_unix.so sha512 shadow",
    'raise ValueError("password too short")', 'autosendcmd = "/msg nickserv identify; wait 2000";',
    "Service,Variable,Value\nsync,LOG_LEVEL,debug\n", "(env-vars (LOG_LEVEL debug))",
])
def test_twelfth_lookalikes_not_flagged(text):
    kept(text)
