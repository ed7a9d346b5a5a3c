"""The categories the seventh held-out corpus found missing once it was read (issue 12, part 7):
passwords that hold brackets, names that put "password" first (senha_do_banco, PASSWORT_DATENBANK),
prose in more languages and scripts, passwords piped into the command that reads them, more command
lines and file formats, a key id beside its secret, and the code, references and public values that
were flagged.

Every value is made up here (random, in the format's shape); no corpus is read by the tests."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import gone, kept

RNG = random.Random(77)
B62 = string.ascii_letters + string.digits
LAN = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"


def rand(n: int, alphabet: str = B62) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


PW = "Qe7" + rand(10)
TOKEN = rand(36)


# ---- a password may hold brackets that do not pair -------------------------------------------------
@pytest.mark.parametrize("value", ["pQ4x" + rand(8) + "[" + rand(5), rand(7) + "(" + rand(2) + "}+" + rand(6),
                                   rand(4) + ";" + rand(5) + "}}" + rand(7), rand(3) + "{" + rand(14)])
@pytest.mark.parametrize("template", [
    "mysql -h db01 -u admin -p'{v}' -e 'SHOW DATABASES;'",
    "docker login registry.corp.test -u ci -p '{v}'",
    '<param name="password" value="{v}"/>',
    "PGPASSWORD='{v}' psql -h 10.0.0.5 -U etl",
    'set imap_pass = "{v}"',
    "Username:\n  mira\nPassword:\n  {v}\n\nChange it on first login.",
])
def test_passwords_with_unpaired_brackets(template, value):
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "password = get_password(user, 'db')", "password = cfg['db']", "password = hash(x)",
    'let token = std::env::var("API_TOKEN")?;', "const token = jwt.sign({ sub: user.id }, key);",
    "creds = service_account.Credentials.from_service_account_info(credentials_info)",
    "secret = client.access_secret_version(request={'name': name}).payload",
    "Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)",
    "TOKEN = b64decode(b64decode(blob))",
])
def test_code_that_holds_brackets_is_not_a_password(text):
    kept(text)


# ---- names that put the word first, in other languages -------------------------------------------
@pytest.mark.parametrize("template", [
    "DEBUG config loaded: mot_de_passe_bdd={v}", "wachtwoord_ftp = {v}", "set -gx senha_do_banco '{v}'",
    'пароль_бд = "{v}"', 'env = [\n    "contrasenaSmtp={v}",\n]',
    "[Environment]::SetEnvironmentVariable('parolaMqtt', '{v}', 'User')",
    'password("env.PASSWORT_DATENBANK", "{v}", display = ParameterDisplay.HIDDEN)',
    "variables:\n- name: sifre_veritabani\n  value: '{v}'", "    Environment:\n      p4ssw0rd:  {v}\n",
])
def test_password_named_word_first(template):
    gone(template.format(v=PW), PW)


@pytest.mark.parametrize("template", [
    "export geheimnis={v}", "- **chave_secreta**: `{v}`", "profile::internal::秘密鍵: '{v}'",
    "Environment=secretKey={v}", " :search {{:meili-master-key \"{v}\"}}", '(setenv "SONARR_API_KEY" "{v}")',
    "\\newcommand{{\\apikey}}{{{v}}}", "     api_key => <<\"{v}\">>,",
    "<![CDATA[JUPYTER_TOKEN={v}]]>", "<pre><code>NIGHTFALL_API_KEY={v}</code></pre>",
])
def test_secret_names_in_more_languages_and_syntaxes(template):
    gone(template.format(v=TOKEN), TOKEN)


# ---- prose in more languages and scripts -------------------------------------------------------------
@pytest.mark.parametrize("template", [
    "Ang password ng server ay {v}, huwag mo itong ibahagi.", "Palvelimen salasana on {v}, älä jaa sitä.",
    "সার্ভারের পাসওয়ার্ড হলো {v}, কাউকে দিও না।", "Voici le code d'accès au NAS : « {v} ». Pense à le changer.",
    "서버 비밀번호는 {v}입니다. 공유하지 마세요.", "サーバーのパスワードは{v}です。", "رمز عبور سرور {v} است، لطفاً",
    "A szerver jelszava {v}, kérlek ne add tovább.", "Nenosiri la seva ni {v}, tafadhali usimpe mtu.",
    "Kata laluan pelayan ialah {v}.", "La contrasenya del servidor és {v}, no la comparteixis.",
    'body="{v} is the new admin password for the router"', "Adgangskoden er {v}",
])
def test_prose_in_more_languages(template):
    gone(template.format(v=PW), PW)


def test_a_timestamp_after_a_password_sentence_is_not_the_password():
    text = '[{"text": "Uusi salasana on \\"' + PW + '\\".", "sent_at": 1735826687000}]'
    out = gone(text, PW)
    assert "1735826687000" in out


# ---- a password piped into the command that reads it; more command lines ------------------------
@pytest.mark.parametrize("template", [
    "echo '{v}' | kinit svc@CORP.TEST", "echo -n '{v}' | cryptsetup luksOpen /dev/sdb1 data",
    "echo {v}| runas /user:CORP\\adm \"mmc\"", "(echo '{v}'; echo '{v}') | smbpasswd -s -a scan",
    "echo 'deploy:{v}' | sudo chpasswd", "echo '{v}' | vncpasswd -f > ~/.vnc/passwd",
    "echo '{v}' | mysql_config_editor set --login-path=prod --password",
    "echo '{v}' | docker login ghcr.io -u me --password-stdin",
    "snmpwalk -v3 -l authPriv -u mon -a SHA -A '{v}' -x AES -X 'Priv{v}' 10.0.0.1",
    "openssl enc -aes-256-cbc -pbkdf2 -in db.sql -out db.enc -k '{v}'", "twine upload -u ci -p '{v}' dist/*",
    "rclone obscure '{v}'", "useradd -m -p \"$(openssl passwd -6 '{v}')\" kiosk",
    "wpa_passphrase HomeNet '{v}' >> /etc/wpa_supplicant.conf", "127.0.0.1:6379> ACL SETUSER worker on >{v} ~jobs:*",
    'dotnet user-secrets set "ConnectionStrings:Password" "{v}" --project src/Api',
    "lftp -u upload,'{v}' -e 'mirror -R ./site /public' sftp://files", "net ads join -U 'Administrator%{v}'",
    "rootpw --plaintext {v}", "[mail.isp.test]:submission relay@corp.test:{v}", "LoadModule = nickserv {v}",
    "> CREATE USER telegraf WITH PASSWORD '{v}('", "@rmtuser = N'erp', @rmtpassword = N'{v}';",
    "ansible_become_pass={v}",
])
def test_more_command_lines_and_server_files(template):
    gone(template.format(v=PW), PW)


def test_echo_into_an_ordinary_command_is_not_a_password():
    kept('echo "hello world" | tee out.txt')
    kept("echo $TOKEN | docker login ghcr.io -u me --password-stdin")


# ---- formats and files -------------------------------------------------------------------------------
@pytest.mark.parametrize("template,value", [
    ('------WebKit7MA4\r\nContent-Disposition: form-data; name="password"\r\n\r\n{v}\r\n------WebKit7MA4--', PW),
    ("Password for the [elastic] user successfully reset.\nNew value: {v}\n", PW),
    ('{{"username": "mira", "key": "{v}"}}', rand(32, HEX)),
    ('      RABBITMQ_ERLANG_COOKIE: "{v}"', rand(20, string.ascii_uppercase)),
    ("      accounts: ['{v}'],", "0x" + rand(64, HEX)),
    ("HOME=/srv\x00DEPLOYER_PRIVATE_KEY={v}\x00PATH=/usr/bin", "0x" + rand(64, HEX)),
    (".corp.test\tTRUE\t/\tTRUE\t1767139200\tsessionid\t{v}", rand(32, LAN)),
    ("  params:\n    - name: postgres-password\n      type: string\n      default: \"{v}\"", PW),
    ('variable "psk" {{\n  type    = string\n  default = "{v}"\n}}', rand(64, HEX)),
    ("    <password>\n      {v}\n    </password>", PW),
    ("Dienst;Variable;Wert\nrazorpay;RAZORPAY_KEY_SECRET;{v};tariq", TOKEN),
    ("name\tenvironment\tvalue\nNEXTCLOUD_APP_PASSWORD\tprod\t{v}\trotated", PW),
    ("IFTTT_URL = \\\"https://maker.ifttt.com/trigger/door_open/with/key/{v}\\\"", rand(22)),
    ('makeWebhook = "https://hook.eu1.make.com/{v}"', rand(32, string.ascii_lowercase + string.digits)),
    ("default: \"{v}\"", "dG9rOj" + base64.b64encode(RNG.randbytes(36)).decode()),
    ('{{"url": "https://prod-79.westeurope.logic.azure.com:443/workflows/x/triggers/manual/paths/invoke?'
     'api-version=2016-06-01&sv=1.0&sig={v}"}}', rand(20) + "_" + rand(10) + "-" + rand(12)),
])
def test_more_formats(template, value):
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "$ kubectl -n argocd get secret argocd-initial-admin-secret -o jsonpath=\"{{.data.password}}\" | base64 -d; echo\n{v}\n",
    "Please use the following password to proceed to installation:\n\n{v}\n\nThis may also be found at: /var",
])
def test_a_password_a_tool_prints_below(template):
    gone(template.format(v=PW), PW)


def test_a_wordpress_application_password_as_wp_cli_prints_it():
    value = " ".join(rand(4) for _ in range(5)) + " " + rand(3) + "7"
    gone(f'$ wp user application-password create admin "ci deploy" --porcelain\n{value}\n', value)
    kept("00000000: 4865 6c6c 6f20 776f 726c 640a 4865 6c6c  Hello world.Hell")


def test_a_key_id_is_a_finding_only_beside_its_secret():
    key_id, secret = rand(20, string.ascii_uppercase + string.digits), rand(40)
    gone(f"[wasabi]\ntype = s3\naccess_key_id = {key_id}\nsecret_access_key = {secret}\n", key_id, secret)
    gone(f'CLICKHOUSE_KEY_SECRET="{secret}",CLICKHOUSE_KEY_ID="{key_id}"', key_id, secret)
    api_key = rand(80)
    gone(f"key={api_key}\nsecret={rand(80)}\n", api_key)     # OPNsense's apikey.txt
    kept(f"access_key_id = {key_id}")
    kept(f'{{"issuer": "bot", "private_key_id": "{rand(40, HEX)}", "project_id": "acme-1"}}')


# ---- what was flagged and is not a secret --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "spring.datasource.password=ENC(" + rand(64) + ")",
    "  - uses: actions/cache@v4\nCache hit for restore-key: Linux-node-modules-\n",
    "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240101/us-east-1/s3/aws4_request",
    'NREUM.info={"beacon":"bam.nr-data.net","licenseKey":"NRJS-' + rand(19, HEX) + '","applicationID":"5"}',
    "token: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/app:token') }}\"",
    "SHA256 Fingerprint=" + ":".join(rand(2, "0123456789ABCDEF") for _ in range(32)),
    "api_key: abcdef0123456789abcdef0123456789  # sample value, not real",
    " rolname | rolpassword\n---------+-------------\n app     | SCRAM-SHA-256$4096:" + rand(22) + "==$" + rand(43) + "=:"
    + rand(43) + "=",
    "cmdkey /add:TERMSRV/jump01.corp.lan /user:CORP\\jonas /pass",
])
def test_code_references_and_public_values_stay(text):
    kept(text)
